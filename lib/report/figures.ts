// The participant's figures, formatted once, for the narrative placeholders.
import type { PeerSnapshot, RelativePerformance, SalesAnalysis, ScoreResult } from "@/lib/scoring";
import { compareHardNumbers } from "@/lib/scoring/hard-numbers";
import { figureSignals } from "./conditions";
import { practiceChecks, readingFigures } from "./figure-readings";
import { formatCount, formatDays, formatInFlight, formatMoney, formatPercent, formatRate, roundMoney } from "./format";
import { peersHigher } from "./relative-wording";
import type { Figures } from "./render-template";

const ok = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);
const maybe = <T,>(value: T | null | undefined, format: (v: T) => string) => (value === null || value === undefined ? undefined : format(value));

const decided = (won: number | null, lost: number | null) => (won === null || lost === null ? null : won + lost);

/** `company` is the name the participant gave with consent (participant.ts), if any. */
export function baseFigures(score: ScoreResult, peers: PeerSnapshot | null, sales: SalesAnalysis, company?: string): Figures {
  const { numbers } = sales;
  const currency = numbers.currency;
  const figures: Figures = {
    companySubject: company ?? "Your company",
    overall: maybe(score.overall, formatPercent),
    companyCategory: score.companyCategory?.name,
    personal: maybe(score.indices.personal.score, formatPercent),
    personalCategory: score.personalCategory?.name,
    peerGroup: peers?.group.label,
    peerStanding: maybe(peers?.overall, peersHigher),
    unitWinRate: maybe(ok(sales.winRates.unit), formatRate),
    valueWinRate: maybe(ok(sales.winRates.value), formatRate),
    averageDeal: maybe(ok(sales.averageDealValue), (v) => formatMoney(v, currency)),
    cycleDays: maybe(numbers.cycleDays, formatDays),
    opportunities: maybe(numbers.opportunities, formatCount),
    openDeals: maybe(numbers.openCount, formatCount),
    openValue: maybe(numbers.openValue, (v) => formatMoney(v, currency)),
    velocityPerDay: maybe(ok(sales.velocity), (v) => formatMoney(v, currency)),
    // A yearly estimate from the velocity formula: three significant figures, like the amounts at stake.
    velocityPerYear: maybe(ok(sales.velocityPerYear), (v) => formatMoney(roundMoney(v), currency)),
    opportunitiesInFlight: maybe(ok(sales.opportunitiesInFlight), formatInFlight),
    wonValue: maybe(numbers.wonValue, (v) => formatMoney(v, currency)),
    decidedDeals: maybe(decided(numbers.wonCount, numbers.lostCount), formatCount),
    quotaAttainment: maybe(numbers.quotaAttainmentPct, formatPercent),
    sellersAtQuota: maybe(numbers.sellersAtQuotaPct, formatPercent),
  };
  const comparisons = compareHardNumbers(sales, peers?.hardNumbers);
  return {
    ...figures,
    ...readingFigures({ base: figures, sales, comparisons, signals: figureSignals(sales, comparisons) }),
    ...practiceChecks(score, peers, { base: figures, sales, comparisons }),
  };
}

/** The figures of one index or section paragraph: its own score and peer median (and standing) on top of the base. */
export function withScore(base: Figures, score: number | null, peerMedian: number | null, relative?: RelativePerformance | null): Figures {
  return {
    ...base,
    score: maybe(score, formatPercent),
    peerMedian: maybe(peerMedian, formatPercent),
    ...(relative === undefined ? {} : { peerStanding: maybe(relative, peersHigher) }),
  };
}
