// Repeat participants as a cohort: per index, how many participants have it in both their first and latest response,
// the medians then and now, and the median change with the middle half of the changes.
import type { RepeatCohort } from "@/lib/db/admin-stats";
import { formatCount, formatMetric } from "./format-stat";
import { METRIC_LABELS } from "./labels";

const signed = (value: number | null) => (value === null ? "—" : `${value > 0 ? "+" : value < 0 ? "−" : "±"}${formatMetric("overall", Math.abs(value))}`);

export function CohortTable({ cohort }: { cohort: RepeatCohort }) {
  return (
    <div className="overflow-x-auto rounded-md border border-line bg-surface" role="region" aria-label="Repeat participants, table" tabIndex={0}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">Change between each repeat participant&apos;s first and latest response</caption>
        <thead>
          <tr className="border-y border-line bg-canvas">
            <th scope="col" className="px-3 py-2 font-medium">Index</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">n</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Median at first</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Median at latest</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Median change</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Middle half of changes</th>
          </tr>
        </thead>
        <tbody>
          {cohort.indices.map((index) => (
            <tr key={index.metric} className="border-b border-line/60">
              <th scope="row" className="px-3 py-2 font-medium">{METRIC_LABELS[index.metric]}</th>
              {index.suppressed ? (
                <td colSpan={5} className="px-3 py-2 text-muted">Suppressed: fewer than {cohort.threshold} participants</td>
              ) : (
                <>
                  <td className="px-3 py-2 text-right tabular-nums">{index.n === null ? "—" : formatCount(index.n)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMetric(index.metric, index.first)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMetric(index.metric, index.latest)}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{signed(index.change)}</td>
                  <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                    {signed(index.changeP25)} to {signed(index.changeP75)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
