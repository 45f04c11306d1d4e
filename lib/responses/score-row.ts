// What a Score row stores for a response's answers, scored now: the published indices, the section scores, the
// categories and the participant's own sales figures (the columns are named in lib/db/score-columns.ts).
// Plain mapping, no server-only: e2e/admin-dashboards.spec.ts loads it to insert rows; lib/db imports types only.
import { instrument } from "@/lib/instrument";
import { analyseSales, hardNumbersInBasis, salesNumbers, scoreResponse, toBasis, type FigureOrGap, type ScoreResult } from "@/lib/scoring";
import type { SalesColumns, ScoreColumns, ScoreRowColumns, SectionScoresColumn } from "@/lib/db/score-columns";

export interface PeerKeys {
  industry: string | null;
  companySize: string | null;
}

const record = (answers: unknown): Record<string, unknown> =>
  answers !== null && typeof answers === "object" && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};

/**
 * Scores stored answers. Every stored response is scored with the current instrument definition (there is one
 * version so far); a future instrument version will need its definition kept beside it to re-score old answers.
 */
export function scoreStoredAnswers(answers: unknown): ScoreResult {
  return scoreResponse(record(answers), instrument);
}

export function scoreColumns(result: ScoreResult, peers: PeerKeys): ScoreColumns {
  return {
    scoringVersion: result.scoringVersion,
    overall: result.overall,
    valueIndex: result.indices.value.score,
    numberIndex: result.indices.number.score,
    winRateIndex: result.indices.winRate.score,
    salesCycleIndex: result.indices.salesCycle.score,
    personalIndex: result.indices.personal.score,
    companyCategory: result.companyCategory?.id ?? null,
    personalCategory: result.personalCategory?.id ?? null,
    sectionScores: sectionScoresColumn(result),
    industry: peers.industry,
    companySize: peers.companySize,
  };
}

export function sectionScoresColumn(result: ScoreResult): SectionScoresColumn {
  return Object.fromEntries(result.sectionScores.map((section) => [section.sectionId, section.score]));
}

const valueOf = (figure: FigureOrGap) => (figure.status === "ok" ? figure.value : null);

export function salesColumns(answers: unknown): SalesColumns {
  const sales = analyseSales(salesNumbers(record(answers)));
  const cycle = sales.numbers.cycleDays;
  const velocity = valueOf(sales.velocity);
  const basis = hardNumbersInBasis(sales);
  const { numbers } = sales;
  const usd = (amount: number | null) => (amount === null ? null : toBasis(amount, numbers.currency));
  return {
    unitWinRate: valueOf(sales.winRates.unit),
    valueWinRate: valueOf(sales.winRates.value),
    averageDealValue: valueOf(sales.averageDealValue),
    cycleDays: cycle !== null && cycle >= 0 ? cycle : null,
    velocity,
    averageDealUsd: basis.averageDeal,
    velocityUsd: velocity === null ? null : toBasis(velocity, sales.numbers.currency),
    quotaAttainment: basis.quotaAttainment,
    sellersAtQuota: basis.sellersAtQuota,
    opportunities: numbers.opportunities,
    wonCount: numbers.wonCount,
    lostCount: numbers.lostCount,
    openCount: numbers.openCount,
    wonValueUsd: usd(numbers.wonValue),
    lostValueUsd: usd(numbers.lostValue),
    openValueUsd: usd(numbers.openValue),
  };
}

/**
 * Everything a Score row stores for a response's answers, scored now. The response's region and sales model are
 * copied into the row by a database trigger (admin_stat_columns migration), so no writer can get them wrong.
 */
export function scoreRow(answers: unknown, peers: PeerKeys): { result: ScoreResult; columns: ScoreRowColumns } {
  const result = scoreStoredAnswers(answers);
  return { result, columns: { ...scoreColumns(result, peers), ...salesColumns(answers) } };
}
