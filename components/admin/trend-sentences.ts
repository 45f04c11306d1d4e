// The Trends page's sentence per figure, written from the figures shown: the median in the earliest quarter shown
// against the latest one shown, never from a hidden quarter ("The median unit win rate in software and internet went
// from 28.0% in 2026 Q1 to 31.0% in 2026 Q3").
import { dimensionOptions, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { TREND_METRICS, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import { quarterLabel } from "@/lib/admin/dashboard-quarters";
import type { QuarterRow } from "@/lib/db/admin-stats";
import { formatMetric } from "./format-stat";
import { METRIC_LABELS } from "./labels";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const SALES_MODEL_WORDS: Record<string, string> = {
  field: "with field sales",
  inside: "with inside sales",
  channel: "selling through partners",
  hybrid: "with a mix of sales models",
};

const label = (dimension: keyof AdminFilter, code: string) => dimensionOptions(dimension).find((option) => option.value === code)?.label ?? code;

/** Where the figures come from, in words: "across all responses", or "in software and internet, in Europe". */
export function segmentPhrase(filter: AdminFilter): string {
  const parts = [
    filter.industry && `in ${lowerFirst(label("industry", filter.industry))}`,
    filter.companySize && `at companies with ${lowerFirst(label("companySize", filter.companySize))} employees`,
    filter.region && `in ${label("region", filter.region)}`,
    filter.salesModel && (SALES_MODEL_WORDS[filter.salesModel] ?? `selling by ${lowerFirst(label("salesModel", filter.salesModel))}`),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(", ") : "across all responses";
}

/** "2026 Q3", or "2026 Q4 (to date)" for the quarter still running. */
export const quarterName = (row: Pick<QuarterRow, "quarter" | "toDate">) => `${quarterLabel(row.quarter)}${row.toDate ? " (to date)" : ""}`;

export function trendSentence(metric: TrendMetric, quarters: readonly QuarterRow[], filter: AdminFilter): string {
  const subject = `The median ${lowerFirst(METRIC_LABELS[metric])} ${segmentPhrase(filter)}`;
  const shown = quarters.filter((row) => row.metrics[metric].median !== null);
  if (shown.length === 0) return `No quarter has enough responses to show the median ${lowerFirst(METRIC_LABELS[metric])} ${segmentPhrase(filter)}.`;
  const [first, last] = [shown[0]!, shown.at(-1)!];
  const [from, to] = [formatMetric(metric, first.metrics[metric].median), formatMetric(metric, last.metrics[metric].median)];
  if (shown.length === 1) return `${subject} was ${from} in ${quarterName(first)}, the only quarter with enough responses to show.`;
  if (from === to) return `${subject} was ${from} in ${quarterName(first)} and again in ${quarterName(last)}.`;
  return `${subject} went from ${from} in ${quarterName(first)} to ${to} in ${quarterName(last)}.`;
}

/**
 * The page's list: a sentence for each figure some quarter shows, then one sentence for all the figures no quarter
 * shows (thirteen alike sentences say less than one).
 */
export function trendSentences(quarters: readonly QuarterRow[], filter: AdminFilter): string[] {
  const hidden = TREND_METRICS.filter((metric) => quarters.every((row) => row.metrics[metric].median === null));
  const shown = TREND_METRICS.filter((metric) => !hidden.includes(metric)).map((metric) => trendSentence(metric, quarters, filter));
  if (hidden.length === 0) return shown;
  if (hidden.length === 1) return [...shown, trendSentence(hidden[0]!, quarters, filter)];
  if (shown.length === 0) return [`No quarter has enough responses to show any median ${segmentPhrase(filter)} yet.`];
  const names = hidden.map((metric) => lowerFirst(METRIC_LABELS[metric]));
  return [...shown, `No quarter has enough responses to show the median ${names.slice(0, -1).join(", ")} or ${names.at(-1)} ${segmentPhrase(filter)}.`];
}
