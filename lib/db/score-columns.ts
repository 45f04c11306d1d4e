// A scored response as the Score row stores it: the published indices, the section scores, the categories, the
// participant's own sales figures and the peer keys copied from the response, so peer groups, the ScoreHistogram
// aggregate and the admin dashboards need no join and never read the answers. This module names the columns; the
// scoring that fills them is lib/responses/score-row.ts.
// Naming: `XXX_COLUMN` maps each metric to its column name; `XXX_COLUMNS` is the Prisma `select` of those columns.
import "server-only";
import { z } from "zod";
import type { AnswerFigure, HardNumber, PeerMetric } from "@/lib/scoring";

/** The "sectionScores" column: each Part C and D section's whole-percent score by section id, null if unanswered. */
export const SectionScoresColumnSchema = z.record(z.string(), z.int().min(0).max(100).nullable());
export type SectionScoresColumn = z.infer<typeof SectionScoresColumnSchema>;

/** The Score column that holds each index (and each ScoreHistogram index metric). */
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

/** What a Score row stores of a score (lib/responses/score-row.ts `scoreColumns` fills it from a ScoreResult). */
export interface ScoreColumns {
  scoringVersion: string;
  overall: number | null;
  valueIndex: number | null;
  numberIndex: number | null;
  winRateIndex: number | null;
  salesCycleIndex: number | null;
  personalIndex: number | null;
  companyCategory: string | null;
  personalCategory: string | null;
  sectionScores: SectionScoresColumn;
  /** The peer keys, copied from the response. */
  industry: string | null;
  companySize: string | null;
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
  /** Part B's raw answers (lib/scoring salesNumbers): the counts as given, the totals in US dollars (null as above). */
  opportunities: number | null;
  wonCount: number | null;
  lostCount: number | null;
  openCount: number | null;
  wonValueUsd: number | null;
  lostValueUsd: number | null;
  openValueUsd: number | null;
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

/** The Score column holding each of Part B's raw answers, in the basis they are counted in (as "hard:<name>"). */
export const ANSWER_FIGURE_COLUMN = {
  opportunities: "opportunities",
  wonCount: "wonCount",
  lostCount: "lostCount",
  openCount: "openCount",
  wonValue: "wonValueUsd",
  lostValue: "lostValueUsd",
  openValue: "openValueUsd",
} as const satisfies Record<AnswerFigure, keyof SalesColumns>;

/** Everything a Score row stores for a response (lib/responses/score-row.ts `scoreRow`). */
export type ScoreRowColumns = ScoreColumns & SalesColumns;
