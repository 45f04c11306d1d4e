// How many of the filtered scores in the benchmark pool hold each value of several expressions (an index, or a sales
// figure's bin), for the index and sales-figure distributions when the filter names a region or a sales model, which
// the ScoreHistogram rows do not split by. One grouping set per expression, hashed side by side in one pass over the
// matching "Score" rows: a covering index led by the region or by the sales model holds every column they read, for
// the pooled scores (answer_figure_bins, score_filter_indexes and pool_choice migrations), so the pass reads an index,
// not the table. Hashing, not reading, is the cost (at 1,000,000 responses one region's 320,000 index entries are
// read in 0.24–0.30 s on a busy machine, the bins and their hashing take three times that), so the expressions are
// split between `parts` queries run side by side (decision 024).
import "server-only";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { pooledScoresSql } from "./filter-sql";

export interface ValueCounts {
  /** The filtered responses in the pool. */
  responses: number;
  /** Per expression, in the order given: [value, responses holding it]; null counts those without a value. */
  counts: [number | null, number][][];
}

type Row = { grouping: number; n: number } & Record<string, number | null>;

export async function filteredValueCounts(expressions: readonly Prisma.Sql[], filter: AdminFilter, parts: number): Promise<ValueCounts> {
  const counts = expressions.map((): [number | null, number][] => []);
  const indices = expressions.map((_, i) => i);
  const split = Array.from({ length: parts }, (_, part) => indices.filter((i) => i % parts === part)).filter((part) => part.length > 0);
  await Promise.all(split.map((part) => countInto(part, expressions, filter, counts)));
  // A null value is a group of its own, so any one expression's counts add up to the responses.
  return { responses: counts[0]!.reduce((sum, [, n]) => sum + n, 0), counts };
}

/** Counts the expressions `part` (indices into `expressions`) into `counts`. */
async function countInto(part: number[], expressions: readonly Prisma.Sql[], filter: AdminFilter, counts: [number | null, number][][]) {
  const values = part.map((i) => Prisma.sql`${expressions[i]!} AS ${Prisma.raw(`v${i}`)}`);
  const all = Prisma.raw(part.map((i) => `v${i}`).join(", "));
  const sets = Prisma.raw(part.map((i) => `(v${i})`).join(", "));
  // Each set's hash table is small (a few hundred groups), but at the default 4 MB the planner sorts for some of them.
  const [, rows] = await db().$transaction([
    db().$executeRaw`SET LOCAL work_mem = '64MB'`,
    db().$queryRaw<Row[]>`
      SELECT GROUPING(${all})::int AS grouping, ${all}, count(*)::int AS n
        FROM (SELECT ${Prisma.join(values, ", ")} FROM "Score" s WHERE ${pooledScoresSql(filter)}) AS v
       GROUP BY GROUPING SETS (${sets})`,
  ]);
  const everyone = (1 << part.length) - 1;
  for (const row of rows) {
    // The one expression grouped by has its bit clear (GROUPING's first argument is the highest bit).
    const k = part.findIndex((_, j) => row.grouping === (everyone ^ (1 << (part.length - 1 - j))));
    const i = part[k];
    if (i !== undefined) counts[i]!.push([row[`v${i}`] ?? null, row.n]);
  }
}
