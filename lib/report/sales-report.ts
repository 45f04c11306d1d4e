// The sales-numbers part of the report, from the scoring engine's analysis (the pipeline part: pipeline-report.ts).
import type { SalesAnalysis } from "@/lib/scoring";
import type { SalesNumbersReport } from "./document";
import { READING_PLACEHOLDERS, type ReadingPlaceholder } from "./narratives/figure-readings";
import { newSectionMemory, renderTemplate, type Figures } from "./render-template";
import { SALES_NARRATIVE } from "./sales-narrative";

const value = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);

/**
 * A value win rate this many points (as a fraction) away from the unit win rate says something about deal size;
 * a smaller gap is within the noise of a year's deals and is not called out (docs/methodology.md).
 */
export const WIN_RATE_GAP_WORTH_NAMING = 0.05;

function winRateComparison(unit: number | null, valueRate: number | null) {
  if (unit === null || valueRate === null || Math.abs(unit - valueRate) < WIN_RATE_GAP_WORTH_NAMING) return [];
  return valueRate < unit
    ? [{ key: "sales:value-below-unit", text: SALES_NARRATIVE.valueBelowUnit }]
    : [{ key: "sales:value-above-unit", text: SALES_NARRATIVE.valueAboveUnit }];
}

function velocityParagraph(sales: SalesAnalysis, figures: Figures) {
  if (sales.velocity.status !== "ok") return { key: "sales:velocity-missing", text: SALES_NARRATIVE.velocityMissing };
  const verdict = sales.consistency?.verdict ?? "agrees";
  if (verdict === "implied-above-won") return { key: "sales:velocity-above-won", text: renderTemplate(SALES_NARRATIVE.velocityAboveWon, figures) };
  if (verdict === "implied-below-won") return { key: "sales:velocity-below-won", text: renderTemplate(SALES_NARRATIVE.velocityBelowWon, figures) };
  return { key: "sales:velocity", text: renderTemplate(SALES_NARRATIVE.velocity, { velocityLesson: SALES_NARRATIVE.lessonLevel, ...figures }) };
}

/**
 * The win-rate and quota paragraphs print only where the peer comparison does not judge those figures: they give each
 * figure with its standing, and leave what it means to the detailed paragraph about it (a reading's meaning is said
 * once per report), so they render as if every meaning had been said.
 */
function standingsOnly(template: string, figures: Figures): string {
  const meant = new Set(Object.keys(READING_PLACEHOLDERS) as ReadingPlaceholder[]);
  return renderTemplate(template, figures, newSectionMemory({ studyNamed: true, readingsMeant: meant }));
}

export function salesReport(sales: SalesAnalysis, figures: Figures): SalesNumbersReport {
  const { numbers } = sales;
  const velocity = value(sales.velocity);
  const tenPercent = sales.tenPercentBetter.status === "ok" ? sales.tenPercentBetter : null;
  const paragraphs = [
    velocityParagraph(sales, figures),
    { key: "sales:win-rates", text: standingsOnly(SALES_NARRATIVE.winRates, figures) },
    ...winRateComparison(value(sales.winRates.unit), value(sales.winRates.value)),
    // No open deals: nothing to review, and "0 in all" would read as a slip.
    ...(numbers.openCount ? [{ key: "sales:open-deals", text: renderTemplate(SALES_NARRATIVE.openDeals, figures) }] : []),
    { key: "sales:quota", text: standingsOnly(SALES_NARRATIVE.quota, figures) },
  ].filter((p) => p.text !== "");
  return {
    currency: numbers.currency,
    opportunities: numbers.opportunities,
    averageDeal: value(sales.averageDealValue),
    winRate: value(sales.winRates.unit),
    cycleDays: numbers.cycleDays,
    velocityPerDay: velocity,
    velocityPerYear: value(sales.velocityPerYear),
    opportunitiesInFlight: value(sales.opportunitiesInFlight),
    consistency: sales.consistency?.verdict ?? null,
    missing: sales.velocity.status === "ok" ? [] : sales.velocity.missing,
    tenPercentBetter: tenPercent ? { multiplier: tenPercent.multiplier, changePercent: tenPercent.changePercent, after: tenPercent.after } : null,
    winRates: {
      unit: value(sales.winRates.unit),
      value: value(sales.winRates.value),
      won: { count: numbers.wonCount, value: numbers.wonValue },
      lost: { count: numbers.lostCount, value: numbers.lostValue },
      open: { count: numbers.openCount, value: numbers.openValue },
    },
    quotaAttainment: numbers.quotaAttainmentPct,
    sellersAtQuota: numbers.sellersAtQuotaPct,
    paragraphs,
  };
}
