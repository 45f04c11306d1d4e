// How the team dashboard names and prints its figures, for the page and the PDF alike.
import { findQuestion, findSection } from "@/lib/instrument";
import { formatCount, formatMoney, formatRate } from "@/lib/report/format";
import { INDEX_NAMES, type HardNumber, type PeerMetric } from "@/lib/scoring";

export const TEAM_METRIC_LABELS: Record<PeerMetric, string> = { overall: "Dealmaker Index", ...INDEX_NAMES };

export const HARD_NUMBER_LABELS: Record<HardNumber, string> = {
  unitWinRate: "Unit win rate",
  valueWinRate: "Value win rate",
  averageDeal: "Average won deal (US dollars)",
  cycleDays: "Sales cycle",
  quotaAttainment: "Quota attainment",
  sellersAtQuota: "Sellers at quota",
};

export function formatTeamIndex(value: number | null): string {
  return value === null ? "–" : String(Math.round(value));
}

/** A hard number in the basis the dashboard holds it in (rates as fractions, money in US dollars, days, percent). */
export function formatHardNumber(metric: HardNumber, value: number | null): string {
  if (value === null) return "–";
  if (metric === "unitWinRate" || metric === "valueWinRate") return formatRate(value);
  if (metric === "averageDeal") return formatMoney(value, "usd");
  if (metric === "cycleDays") return `${formatCount(value)} days`;
  return `${Math.round(value * 10) / 10}%`;
}

/** A gap's subject: the question's own wording, or the section's title for a section's score. */
export function gapSubject(gap: { sectionId: string; questionId: string | null }): string {
  if (gap.questionId) return findQuestion(gap.questionId)?.label ?? gap.questionId;
  return `${findSection(gap.sectionId)?.title ?? gap.sectionId} (section score)`;
}

/** A gap's value as read: a place on the scale as the option's label (or the two a half falls between), a score as is. */
export function gapValueLabel(gap: { questionId: string | null }, value: number): string {
  const question = gap.questionId ? findQuestion(gap.questionId) : undefined;
  if (!question || question.kind !== "choice") return String(value);
  const label = (place: number) => question.options[place - 1]?.label ?? String(place);
  return Number.isInteger(value) ? label(value) : `${label(Math.floor(value))} – ${label(Math.ceil(value))}`;
}
