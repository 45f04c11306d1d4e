// One question's findings: each answer's responses and the median of every outcome, everyone who answered as the
// last row, and the median unit win rate drawn against everyone's. Hidden answers and outcomes say why.
import type { FindingRow, QuestionFindings } from "@/lib/db/admin-stats";
import type { FindingOutcome } from "@/lib/db/finding-layout";
import { METRIC_LABELS } from "@/components/admin/labels";
import { formatCount, formatMetric } from "@/components/admin/format-stat";
import { MedianMarks } from "@/components/admin/charts/median-marks";

const OUTCOMES: readonly FindingOutcome[] = ["unitWinRate", "overall", "cycleDays", "quotaAttainment"];
/** The charted outcome and its scale: win rates are fractions 0–1. */
const CHARTED: FindingOutcome = "unitWinRate";

function OutcomeCell({ row, outcome, threshold }: { row: FindingRow; outcome: FindingOutcome; threshold: number }) {
  const figure = row.outcomes?.[outcome];
  if (!figure) return <td className="px-3 py-2 text-right text-muted">—</td>;
  if (figure.median === null) {
    return (
      <td className="px-3 py-2 text-right text-muted">
        <span aria-hidden="true">—</span>
        <span className="sr-only">hidden: fewer than {threshold} responses gave this figure</span>
        <span className="block text-xs">n={formatCount(figure.n)}</span>
      </td>
    );
  }
  return (
    <td className="px-3 py-2 text-right tabular-nums">
      {formatMetric(outcome, figure.median)}
      <span className="block text-xs text-muted">n={formatCount(figure.n)}</span>
    </td>
  );
}

function FindingTableRow({ row, threshold, reference, total }: { row: FindingRow; threshold: number; reference: number | null; total?: boolean }) {
  const charted = row.outcomes?.[CHARTED].median ?? null;
  return (
    <tr className={`border-b border-line/60 align-top ${total ? "bg-canvas font-semibold" : ""}`}>
      <th scope="row" className="px-3 py-2 font-medium">{row.label}</th>
      {row.n === null ? (
        <td colSpan={OUTCOMES.length + 1} className="px-3 py-2 text-muted">
          {row.suppressed === "complementary"
            ? "Hidden, so that a smaller hidden answer cannot be worked out from the total"
            : `Hidden: fewer than ${threshold} responses`}
        </td>
      ) : (
        <>
          <td className="px-3 py-2 text-right tabular-nums">{formatCount(row.n)}</td>
          {OUTCOMES.map((outcome) => (
            <OutcomeCell key={outcome} row={row} outcome={outcome} threshold={threshold} />
          ))}
        </>
      )}
      <td className="hidden px-3 py-2 sm:table-cell">
        {charted === null ? null : <MedianMarks marks={[charted]} reference={reference} max={1} />}
      </td>
    </tr>
  );
}

// `relative`: the screen-reader-only texts in the cells are positioned; contained here, they scroll with the table
// instead of widening the page on a phone. The question is a heading above the table, so it stays in view there.
export function FindingsTable({ findings }: { findings: QuestionFindings }) {
  const reference = findings.total.outcomes?.[CHARTED].median ?? null;
  return (
    <div className="space-y-2">
      <h2 id="findings-question" className="text-lg font-semibold">{findings.label}</h2>
      <p className="text-sm text-muted">Medians of the completed responses that gave each answer; the counts below them are how many had that figure.</p>
      <div tabIndex={0} role="region" aria-labelledby="findings-question" className="relative overflow-x-auto rounded-md border border-line bg-surface focus-visible:outline-2 focus-visible:outline-brand">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">{findings.label}</caption>
          <thead>
            <tr className="border-b border-line bg-canvas">
              <th scope="col" className="px-3 py-2 font-medium">Answer</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Responses</th>
              {OUTCOMES.map((outcome) => (
                <th key={outcome} scope="col" className="px-3 py-2 text-right font-medium">Median {METRIC_LABELS[outcome].toLowerCase()}</th>
              ))}
              <th scope="col" className="hidden w-1/5 px-3 py-2 font-medium sm:table-cell">
                Win rate <span className="font-normal text-muted">(0–100%; dashed: everyone)</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {findings.answers.map((row) => (
              <FindingTableRow key={row.key} row={row} threshold={findings.threshold} reference={reference} />
            ))}
          </tbody>
          <tfoot>
            <FindingTableRow row={findings.total} threshold={findings.threshold} reference={reference} total />
          </tfoot>
        </table>
      </div>
    </div>
  );
}
