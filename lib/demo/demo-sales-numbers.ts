// Part B and Part E figures that agree with a company's segment and maturity. The segment sets the scale: deal
// size grows with revenue, is larger in the field and in heavy industries, smaller inside and in retail; the
// cycle lengthens with deal size (roughly +25 days per tenfold); inside teams work many more opportunities per
// seller. Maturity then moves the outcomes: better teams win more, close faster, create more qualified
// opportunities and hit quota more often. Spread is log-normal, so a segment has a few very large figures.
import type { Answers } from "@/lib/instrument";
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { bell, clamp01, type Random } from "./random";

export interface Segment {
  industry: string;
  teamBand: string;
  revenueBand: string;
  salesModel: string;
}

const SELLERS_BY_TEAM_BAND: Record<string, number> = {
  "1-5": 3, "6-20": 12, "21-50": 35, "51-200": 110, "201-1000": 450, "1000-plus": 1800,
};
const DEAL_SIZE_BY_REVENUE: Record<string, number> = {
  "under-10m": 12_000, "10m-50m": 30_000, "50m-250m": 60_000, "250m-1b": 120_000,
  "1b-5b": 250_000, "over-5b": 400_000, undisclosed: 50_000,
};
const MODEL: Record<string, { deal: number; opportunitiesPerSeller: number; winRate: number; cycle: number }> = {
  field: { deal: 1.6, opportunitiesPerSeller: 14, winRate: 0.04, cycle: 1.25 },
  inside: { deal: 0.45, opportunitiesPerSeller: 45, winRate: -0.04, cycle: 0.6 },
  channel: { deal: 1, opportunitiesPerSeller: 24, winRate: 0, cycle: 1.1 },
  hybrid: { deal: 1, opportunitiesPerSeller: 24, winRate: 0, cycle: 1 },
};
const INDUSTRY_DEAL: Record<string, number> = {
  "energy-utilities": 1.8, "public-education": 1.5, manufacturing: 1.3, telecoms: 1.3, "financial-services": 1.2,
  healthcare: 1.1, "it-services": 1, software: 0.9, "professional-services": 0.9, "transport-logistics": 0.9,
  other: 1, "retail-consumer": 0.6,
};
const STAGES = ["Qualify", "Discover", "Propose", "Negotiate", "Commit", "Close"];

const round = (x: number, step: number) => Math.round(x / step) * step;
/** A multiplicative spread around 1: exp of a roughly normal variable with the given sigma. */
const logSpread = (random: Random, sigma: number) => Math.exp(sigma * 3.4 * (bell(random) - 0.5));

export function demoSalesNumbers(random: Random, maturity: number, segment: Segment): Answers {
  const model = MODEL[segment.salesModel] ?? MODEL.hybrid!;
  const sellers = Math.max(1, Math.round((SELLERS_BY_TEAM_BAND[segment.teamBand] ?? 10) * logSpread(random, 0.3)));
  const dealSize =
    (DEAL_SIZE_BY_REVENUE[segment.revenueBand] ?? 50_000) * model.deal * (INDUSTRY_DEAL[segment.industry] ?? 1) *
    logSpread(random, 0.45);
  const perSeller = model.opportunitiesPerSeller * (0.6 + 0.8 * maturity) * logSpread(random, 0.3);
  const opportunities = Math.max(3, Math.round(sellers * perSeller));
  const winRate = clamp01(0.12 + 0.36 * maturity + model.winRate + 0.1 * (random() - 0.5));
  const openShare = 0.15 + 0.25 * random();
  const decided = Math.round(opportunities * (1 - openShare));
  const won = Math.round(decided * winRate);
  const lost = decided - won;
  const open = opportunities - decided;
  const answers: Answers = {
    [PART_B_IDS.newOpportunities]: opportunities,
    [PART_B_IDS.wonCount]: won,
    [PART_B_IDS.wonValue]: round(won * dealSize, 100),
    [PART_B_IDS.lostCount]: lost,
    // Lost deals run a little larger than won ones: big deals are the hardest to win.
    [PART_B_IDS.lostValue]: round(lost * dealSize * (1.1 + 0.3 * random()), 100),
    [PART_B_IDS.openCount]: open,
    [PART_B_IDS.openValue]: round(open * dealSize, 100),
    [PART_B_IDS.quotaAttainment]: round(Math.max(20, 55 + 60 * maturity + 30 * (random() - 0.5)), 1),
    [PART_B_IDS.sellersAtQuota]: round(clamp01(0.2 + 0.6 * maturity + 0.15 * (random() - 0.5)) * 100, 1),
    [PART_B_IDS.currency]: "usd",
  };
  if (won > 0) {
    const cycle = (25 * Math.log10(dealSize / 1000) + 10) * model.cycle * (1.5 - maturity) * logSpread(random, 0.25);
    answers[PART_B_IDS.cycleDays] = Math.min(3650, Math.max(3, Math.round(cycle)));
  }
  if (random() < 0.3) answers[PIPELINE_QUESTION_ID] = demoPipeline(random, maturity, open, Number(answers[PART_B_IDS.openValue]), Number(answers[PART_B_IDS.wonValue]));
  return answers;
}

/**
 * The pipeline today as the same participant's sales numbers describe it: the open deals, spread over the stages
 * (each stage holding half to three quarters of the one before), at their value; and next quarter's target a quarter of the last 12
 * months' won revenue, with 0–40% growth on top (a team rarely plans to shrink).
 */
function demoPipeline(random: Random, maturity: number, open: number, openValue: number, wonValue: number) {
  const funnel = 0.55 + 0.15 * random();
  let weight = 1;
  const weights = STAGES.map(() => {
    const current = weight;
    weight *= funnel + 0.1 * (random() - 0.5);
    return current;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  // Cumulative rounding, so the stages' counts add up to the open deals exactly.
  let before = 0;
  let share = 0;
  const stages = STAGES.map((name, index) => {
    share += weights[index]! / total;
    const upTo = Math.round(open * share);
    const count = upTo - before;
    before = upTo;
    const conversionPct = Math.min(95, Math.round((0.12 + 0.1 * maturity) * Math.pow(1.55, index) * 100));
    return { name, count, value: open === 0 ? 0 : round((openValue * count) / open, 100), conversionPct };
  });
  return { stages, target: Math.max(1000, round((wonValue / 4) * (1 + 0.4 * random()), 1000)) };
}
