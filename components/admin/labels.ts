// Human labels the admin pages print: the codes stored in responses and scores (taken from the instrument and the
// band tables) and the measures the dashboards summarise.
import { COMPANY_BANDS } from "@/lib/scoring";
import { PART_A_IDS, findQuestion } from "@/lib/instrument";
import type { Metric } from "@/lib/admin/dashboard-metrics";

function choiceOptions(questionId: string): { value: string; label: string }[] {
  const question = findQuestion(questionId);
  return question && "options" in question ? question.options.map(({ value, label }) => ({ value, label })) : [];
}

export const INDUSTRY_OPTIONS = choiceOptions(PART_A_IDS.industry);
export const COMPANY_SIZE_OPTIONS = choiceOptions(PART_A_IDS.companySize);

const labelFrom = (options: { value: string; label: string }[]) => (code: string | null) =>
  code === null ? "—" : (options.find((option) => option.value === code)?.label ?? code);

export const industryLabel = labelFrom(INDUSTRY_OPTIONS);
export const companySizeLabel = labelFrom(COMPANY_SIZE_OPTIONS);
export const companyCategoryLabel = labelFrom(COMPANY_BANDS.map((band) => ({ value: band.id, label: band.name })));

export const METRIC_LABELS: Record<Metric, string> = {
  overall: "Overall index",
  value: "Value index",
  number: "Number index",
  winRate: "Win rate index",
  salesCycle: "Sales cycle index",
  personal: "Personal index",
  unitWinRate: "Unit win rate",
  valueWinRate: "Value win rate",
  averageDealValue: "Average won deal (USD)",
  cycleDays: "Sales cycle (days)",
  quotaAttainment: "Quota attainment",
  sellersAtQuota: "Sellers at quota",
  velocity: "Sales velocity per day (USD)",
  opportunities: "New qualified opportunities (12 months)",
  wonCount: "Deals won (12 months)",
  lostCount: "Deals lost (12 months)",
  openCount: "Deals open today",
  wonValue: "Value of deals won (USD, 12 months)",
  lostValue: "Value of deals lost (USD, 12 months)",
  openValue: "Value of deals open today (USD)",
};
