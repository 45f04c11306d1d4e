/**
 * Reads of the "ScoreHistogram" aggregate (docs/decisions/003-peer-percentiles.md): one row per scoring version and
 * peer group (industry × size, industry with size "*", size with industry "*", "*" × "*"), every distribution of the
 * group in one int4[] laid out as lib/scoring/score-histogram-layout.ts says (the database's "scoreHistogramLayout"()
 * is the same, a test holds them together). Triggers on "Score" keep it (score_histograms migration).
 *
 *   readScoreHistograms(query, where): Promise<HistogramRow[]>
 *
 * The rows `where` picks (a key left out matches every row, "*" included), each row's counts whole: the array is read
 * as text and cut into metrics here (`sliceOf`), since every slice taken in SQL reads the stored array afresh.
 *
 *   sliceOf(row, metric) / scoreCounts(slice) / addSlices(slices, width)
 *
 * One metric's counts in a row; what an index's or section's slice counts (at each whole percent, and with
 * insufficient data; a binned figure's slice is simply its count per bin); the sum of one metric's slices over several
 * rows (scoring versions).
 */
import "server-only";
import { histogramSlice } from "@/lib/scoring";
import { db, sqlPool } from "./client";
import type { DbTransaction } from "./scores";

/** The key for "any industry" or "any size". */
export const ANY = "*";

/** Runs one read with parameters $1…: through a Prisma client or transaction, or straight through the pool. */
export type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const queryIn = (client: DbTransaction = db()): Query => (sql, params) => client.$queryRawUnsafe(sql, ...params);
/** Committed rows only: no transaction, so nothing read is locked while it is read. */
export const committedQuery: Query = async (sql, params) => (await sqlPool().query(sql, params)).rows;

export interface HistogramWhere {
  scoringVersion?: string;
  /** An industry option code or ANY; left out, every row. */
  industry?: string;
  companySize?: string;
}

export interface HistogramRow {
  scoringVersion: string;
  industry: string;
  companySize: string;
  counts: readonly number[];
}

export async function readScoreHistograms(query: Query, where: HistogramWhere): Promise<HistogramRow[]> {
  const params: unknown[] = [];
  const conditions = (["scoringVersion", "industry", "companySize"] as const).flatMap((column) => {
    const value = where[column];
    if (value === undefined) return [];
    params.push(value);
    return [`"${column}" = $${params.length}`];
  });
  const rows = (await query(
    `SELECT "scoringVersion", "industry", "companySize", "counts"::text AS counts
       FROM "ScoreHistogram"
      ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}`,
    params,
  )) as { scoringVersion: string; industry: string; companySize: string; counts: string }[];
  // "{0,3,…}": whole numbers, never null (the table's constraint).
  return rows.map((row) => ({ ...row, counts: row.counts.slice(1, -1).split(",").map(Number) }));
}

/** A metric's counts in a row, as the layout places them. */
export function sliceOf(row: HistogramRow, metric: string): number[] {
  const { offset, width } = histogramSlice(metric);
  return row.counts.slice(offset, offset + width);
}

/** An index's or section's slice: the counts at each whole percent 0–100, and of "insufficient data". */
export function scoreCounts(slice: readonly number[]): { byScore: number[]; insufficient: number } {
  return { byScore: slice.slice(1), insufficient: slice[0]! };
}

/** Element-wise sum of slices of one width (the same metric in several rows); zeros of `width` for none. */
export function addSlices(slices: readonly (readonly number[])[], width: number): number[] {
  const sum = new Array<number>(width).fill(0);
  for (const slice of slices) slice.forEach((count, i) => (sum[i]! += count));
  return sum;
}
