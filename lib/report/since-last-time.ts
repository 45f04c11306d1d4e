// The "Since last time" part of a report: the previous report (the latest earlier one) against this one, figure by
// figure, each with the peers' median as it stood at its own date, taken from each stored document and never
// recomputed; whether each change is meaningful (lib/report/change-rule.ts); the words; and with three or more
// earlier reports each index's history for a trend chart. Pure: the dates come in with the reports.
import { judgeChange } from "./change-rule";
import { METRICS, currencyOf, pointOf, velocityComparable } from "./change-figures";
import type { ReportDocument } from "./document";
import type { EarlierReport } from "./earlier-report";
import { VERDICT_WORDS } from "./since-narrative";
import { changeNotes, changeParagraph } from "./since-paragraphs";
import { CHANGE_INDICES, CHANGE_METRICS, type ChangeMetric, type ChangeRow, type SinceLastTime, type Trend } from "./since-last-time-schema";

/** Trend charts need this many earlier reports: with fewer, the table says all a line would. */
export const TREND_MIN_EARLIER = 3;

type Reason = NonNullable<ChangeRow["reason"]>;

/** Why two figures cannot be compared, or null when they can. */
function reasonNotComparable(metric: ChangeMetric, previous: ReportDocument, current: ReportDocument): Reason | null {
  if (METRICS[metric].unit !== "money") return null;
  if (metric === "velocityPerDay" && !(velocityComparable(previous) && velocityComparable(current))) return "definition";
  const [then, now] = [currencyOf(previous), currencyOf(current)];
  // "Another currency" may be a different one each time: the study cannot tell, so it does not subtract.
  return then === now && then !== "other" ? null : "currency";
}

function verdictText(row: Pick<ChangeRow, "metric" | "verdict" | "reason">): string {
  if (row.verdict === "not-comparable") return VERDICT_WORDS[row.reason ?? "missing"];
  if (row.verdict === "unjudged" && row.metric === "velocityPerDay") return VERDICT_WORDS.velocity;
  return VERDICT_WORDS[row.verdict];
}

function changeRow(metric: ChangeMetric, previous: ReportDocument, current: ReportDocument): ChangeRow | null {
  const info = METRICS[metric];
  const [then, now] = [pointOf(previous, metric), pointOf(current, metric)];
  if (then.value === null && now.value === null) return null;
  const blocked = then.value === null || now.value === null ? "missing" : reasonNotComparable(metric, previous, current);
  const judgement = judgeChange({
    unit: info.unit,
    lowerIsBetter: info.lowerIsBetter,
    then: then.value,
    now: now.value,
    peersThen: { median: then.peerMedian, topQuartile: then.peerTopQuartile },
    comparable: blocked === null,
  });
  const row: Omit<ChangeRow, "verdictText"> = {
    metric,
    label: info.label,
    unit: info.unit,
    lowerIsBetter: info.lowerIsBetter,
    ...(info.unit === "money" ? { currencies: { then: currencyOf(previous), now: currencyOf(current) } } : {}),
    then,
    now,
    ...judgement,
    ...(blocked === null ? {} : { reason: blocked }),
  };
  return { ...row, verdictText: verdictText(row) };
}

/** Each index over every report, oldest first; an index scored at fewer than two dates has no line to draw. */
export function trendsOf(reports: readonly { completedAt: string | null; document: ReportDocument }[]): Trend[] {
  return CHANGE_INDICES.flatMap((metric) => {
    const points = reports.map(({ completedAt, document }) => {
      const { value, peerMedian } = pointOf(document, metric);
      return { date: completedAt, score: value, peerMedian };
    });
    return points.filter((point) => point.score !== null).length >= 2 ? [{ metric, label: METRICS[metric].label, points }] : [];
  });
}

/** The part for a report with earlier ones (oldest first), or undefined for a first report. */
export function sinceLastTime(current: ReportDocument, earlier: readonly EarlierReport[], completedAt?: string): SinceLastTime | undefined {
  const previous = earlier.at(-1);
  if (!previous) return undefined;
  const rows = CHANGE_METRICS.map((metric) => changeRow(metric, previous.document, current)).filter((row): row is ChangeRow => row !== null);
  const reports = [...earlier, { completedAt: completedAt ?? null, document: current }];
  return {
    previous: { completedAt: previous.completedAt, peerGroup: previous.document.peerGroup?.label ?? null },
    completedAt: completedAt ?? null,
    earlierReports: earlier.length,
    rows,
    paragraphs: [changeParagraph(rows, previous.completedAt)],
    notes: changeNotes(previous.document, current, rows),
    trends: earlier.length >= TREND_MIN_EARLIER ? trendsOf(reports) : [],
  };
}
