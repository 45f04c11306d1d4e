// Part B and Part E figures that agree with a company's maturity: better teams win more,
// sell faster and create more qualified opportunities per seller.
import type { Answers } from "@/lib/instrument";
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { clamp01, type Random } from "./random";

const SELLERS_BY_TEAM_BAND: Record<string, number> = {
  "1-5": 3, "6-20": 12, "21-50": 35, "51-200": 110, "201-1000": 450, "1000-plus": 1800,
};
const DEAL_SIZE_BY_REVENUE: Record<string, number> = {
  "under-10m": 12_000, "10m-50m": 30_000, "50m-250m": 60_000, "250m-1b": 120_000,
  "1b-5b": 250_000, "over-5b": 400_000, undisclosed: 50_000,
};
const STAGES = ["Qualify", "Discover", "Propose", "Negotiate", "Commit", "Close"];

const round = (x: number, step: number) => Math.round(x / step) * step;

export function demoSalesNumbers(random: Random, maturity: number, teamBand: string, revenueBand: string): Answers {
  const sellers = SELLERS_BY_TEAM_BAND[teamBand] ?? 10;
  const dealSize = (DEAL_SIZE_BY_REVENUE[revenueBand] ?? 50_000) * (0.6 + 0.8 * random());
  const opportunities = Math.max(3, Math.round(sellers * (14 + 26 * maturity) * (0.7 + 0.6 * random())));
  const winRate = clamp01(0.14 + 0.36 * maturity + 0.08 * (random() - 0.5));
  const openShare = 0.2 + 0.2 * random();
  const decided = Math.round(opportunities * (1 - openShare));
  const won = Math.round(decided * winRate);
  const lost = decided - won;
  const open = opportunities - decided;
  const answers: Answers = {
    [PART_B_IDS.newOpportunities]: opportunities,
    [PART_B_IDS.wonCount]: won,
    [PART_B_IDS.wonValue]: round(won * dealSize, 100),
    [PART_B_IDS.lostCount]: lost,
    [PART_B_IDS.lostValue]: round(lost * dealSize * (1.1 + 0.3 * random()), 100),
    [PART_B_IDS.openCount]: open,
    [PART_B_IDS.openValue]: round(open * dealSize, 100),
    [PART_B_IDS.quotaAttainment]: round(55 + 60 * maturity + 20 * (random() - 0.5), 1),
    [PART_B_IDS.sellersAtQuota]: round(clamp01(0.25 + 0.55 * maturity + 0.1 * (random() - 0.5)) * 100, 1),
    [PART_B_IDS.currency]: "usd",
  };
  if (won > 0) answers[PART_B_IDS.cycleDays] = Math.round(30 + 160 * (1 - maturity) * (0.6 + 0.8 * random()));
  if (random() < 0.3) answers[PIPELINE_QUESTION_ID] = demoPipeline(random, maturity, dealSize, sellers);
  return answers;
}

function demoPipeline(random: Random, maturity: number, dealSize: number, sellers: number) {
  let count = Math.max(6, Math.round(sellers * (6 + 8 * random())));
  const stages = STAGES.map((name, index) => {
    const conversionPct = Math.min(95, Math.round((0.12 + 0.1 * maturity) * Math.pow(1.55, index) * 100));
    const stage = { name, count, value: round(count * dealSize, 100), conversionPct };
    count = Math.max(1, Math.round(count * (0.55 + 0.2 * random())));
    return stage;
  });
  return { stages, target: round(sellers * dealSize * (2 + 2 * random()), 1000) };
}
