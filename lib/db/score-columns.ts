// A scored response as the Score row stores it: the published indices, the section scores, the categories, the
// participant's own sales figures and the peer keys copied from the response, so peer groups, the ScoreCount
// aggregate and the admin dashboards need no join and never read the answers.
// Naming: `XXX_COLUMN` maps each metric to its column name; `XXX_COLUMNS` is the Prisma `select` of those columns.
import { z } from "zod";
import { instrument } from "@/lib/instrument";
import {
  analyseSales,
  hardNumbersInBasis,
  salesNumbers,
  scoreResponse,
  toBasis,
  type FigureOrGap,
  type HardNumber,
  type PeerMetric,
  type ScoreResult,
} from "@/lib/scoring";

/** The "sectionScores" column: each Part C and D section's whole-percent score by section id, null if unanswered. */
export const SectionScoresColumnSchema = z.record(z.string(), z.int().min(0).max(100).nullable());
export type SectionScoresColumn = z.infer<typeof SectionScoresColumnSchema>;

/** The Score column that holds each index (and each ScoreCount index metric). */
export const INDEX_COLUMN = {
  overall: "overall",
  value: "valueIndex",
  number: "numberIndex",
  winRate: "winRateIndex",
  salesCycle: "salesCycleIndex",
  personal: "personalIndex",
} as const satisfies Record<PeerMetric, string>;

type IndexColumnValues = Record<(typeof INDEX_COLUMN)[PeerMetric], number | null>;

/** A Score row's six indices keyed by metric, from its index columns. */
export function indicesOf(row: IndexColumnValues): Record<PeerMetric, number | null> {
  return Object.fromEntries(Object.entries(INDEX_COLUMN).map(([metric, column]) => [metric, row[column]])) as Record<PeerMetric, number | null>;
}

/** The six index columns of a Score row, for Prisma `select`s that read them (spread it in). */
export const INDEX_COLUMNS = {
  overall: true,
  valueIndex: true,
  numberIndex: true,
  winRateIndex: true,
  salesCycleIndex: true,
  personalIndex: true,
} as const;

export interface PeerKeys {
  industry: string | null;
  companySize: string | null;
}

/**
 * Scores stored answers. Every stored response is scored with the current instrument definition (there is one
 * version so far); a future instrument version will need its definition kept beside it to re-score old answers.
 */
export function scoreStoredAnswers(answers: unknown): ScoreResult {
  const record = answers !== null && typeof answers === "object" && !Array.isArray(answers) ? answers : {};
  return scoreResponse(record as Record<string, unknown>, instrument);
}

export function scoreColumns(result: ScoreResult, peers: PeerKeys) {
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

/** The Score columns of the participant's own sales figures (lib/scoring analyseSales); null when not enough data. */
export interface SalesColumns {
  unitWinRate: number | null;
  valueWinRate: number | null;
  averageDealValue: number | null;
  /** The cycle as given, when it is a usable number (≥ 0). */
  cycleDays: number | null;
  velocity: number | null;
  /** The money figures in US dollars (lib/scoring/currency.ts); null when the currency cannot be converted. */
  averageDealUsd: number | null;
  velocityUsd: number | null;
  /** As given, in percent, when within the survey's range. */
  quotaAttainment: number | null;
  sellersAtQuota: number | null;
}

/** The Score column holding each hard number in the basis peers are compared in (counted as "hard:<name>"). */
export const HARD_NUMBER_COLUMN = {
  unitWinRate: "unitWinRate",
  valueWinRate: "valueWinRate",
  averageDeal: "averageDealUsd",
  cycleDays: "cycleDays",
  quotaAttainment: "quotaAttainment",
  sellersAtQuota: "sellersAtQuota",
} as const satisfies Record<HardNumber, keyof SalesColumns>;

/** The hard-number columns of a Score row, for Prisma `select`s that read them (spread it in). */
export const HARD_NUMBER_COLUMNS = Object.fromEntries(Object.values(HARD_NUMBER_COLUMN).map((column) => [column, true])) as {
  [C in (typeof HARD_NUMBER_COLUMN)[HardNumber]]: true;
};

/** A Score row's hard numbers keyed by name, from their columns. */
export function hardNumbersOf(row: Pick<SalesColumns, (typeof HARD_NUMBER_COLUMN)[HardNumber]>): Record<HardNumber, number | null> {
  return Object.fromEntries(Object.entries(HARD_NUMBER_COLUMN).map(([metric, column]) => [metric, row[column]])) as Record<HardNumber, number | null>;
}

const valueOf = (figure: FigureOrGap) => (figure.status === "ok" ? figure.value : null);

export function salesColumns(answers: unknown): SalesColumns {
  const record = answers !== null && typeof answers === "object" && !Array.isArray(answers) ? answers : {};
  const sales = analyseSales(salesNumbers(record as Record<string, unknown>));
  const cycle = sales.numbers.cycleDays;
  const velocity = valueOf(sales.velocity);
  const basis = hardNumbersInBasis(sales);
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

export type ScoreRowColumns = ReturnType<typeof scoreColumns> & SalesColumns;
