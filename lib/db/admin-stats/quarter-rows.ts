// What the Trends page counts, read in one statement (one snapshot) from two places: the rolled-up part of each quarter
// ("QuarterHistogram", the grain the filter names) and, live, every completed response outside it — normally the days
// since the last roll-up, and any quarter forgotten since (quarter-rollup.ts).
import "server-only";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { completedFilterSql, dimensionColumn } from "./filter-sql";
import { QUARTER_LAYOUT_KEY, quarterSlotsSql } from "./quarter-layout";
import { ANY_KEY } from "./quarter-rollup";

/**
 * The rolled-up rows that answer a filter: with at most two keys given, the grain row of exactly those keys (the others
 * "*"); with three or four, the full combinations that match (a handful a quarter).
 */
function grainSql(filter: AdminFilter): Prisma.Sql {
  const given = DIMENSIONS.filter((dimension) => filter[dimension] !== undefined);
  return Prisma.join(
    DIMENSIONS.map((dimension) => {
      const column = dimensionColumn(dimension, "h");
      if (filter[dimension] !== undefined) return Prisma.sql`${column} = ${filter[dimension]}`;
      return given.length <= 2 ? Prisma.sql`${column} = ${ANY_KEY}` : Prisma.sql`${column} <> ${ANY_KEY}`;
    }),
    " AND ",
  );
}

/** The rolled-up intervals [quarter start, countedBefore) and the gaps around them, where completions are read live. */
const LIVE_RANGES = Prisma.sql`
  covered AS (
    SELECT "quarter", "quarter"::timestamp AS lo, "countedBefore" AS hi FROM "QuarterRollup" WHERE layout = ${QUARTER_LAYOUT_KEY}),
  live AS (
    SELECT lo, hi FROM (
      SELECT coalesce(lag(hi) OVER (ORDER BY lo), '-infinity') AS lo, lo AS hi FROM covered
      UNION ALL
      SELECT coalesce(max(hi), '-infinity'), 'infinity' FROM covered) AS gaps
     WHERE lo < hi)`;

/**
 * The completed responses of one live range with the filter applied, as a range of "Response_overview_idx". OFFSET 0
 * keeps the planner from flattening it into a join: it cannot tell a day's range from a year's, and chose to hash every
 * response and score instead.
 */
const liveResponses = (columns: Prisma.Sql, filter: AdminFilter = {}) => Prisma.sql`
  SELECT ${columns} FROM "Response" r
   WHERE r.status = 'COMPLETED' AND r."completedAt" >= live.lo AND r."completedAt" < live.hi ${completedFilterSql(filter, "r")}
  OFFSET 0`;

/** How many completed responses the next read would count live, counted up to `limit` + 1 (an index-only range). */
export async function liveQuarterBacklog(limit: number): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    WITH ${LIVE_RANGES}
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM live CROSS JOIN LATERAL (${liveResponses(Prisma.sql`1`)}) AS r LIMIT ${limit + 1}) AS backlog`;
  return row?.n ?? 0;
}

/** Per quarter ("YYYY-MM-DD", ascending) with any counted response, its sparse counts (slots in no order). */
export type QuarterCounts = { quarter: string; slots: number[]; counts: number[] }[];

export async function readQuarterCounts(filter: AdminFilter): Promise<QuarterCounts> {
  return db().$queryRaw<QuarterCounts>`
    WITH ${LIVE_RANGES},
    live_counts AS (
      SELECT date_trunc('quarter', r."completedAt")::date AS "quarter", f.slot, count(*)::int AS n
        FROM live CROSS JOIN LATERAL (${liveResponses(Prisma.sql`r.id, r."completedAt"`, filter)}) AS r
        JOIN "Score" s ON s."responseId" = r.id
        CROSS JOIN LATERAL ${quarterSlotsSql()}
       WHERE f.slot IS NOT NULL
       GROUP BY 1, 2),
    rolled AS (
      SELECT h."quarter", u.slot, u.n
        FROM "QuarterHistogram" h JOIN covered USING ("quarter"), unnest(h.slots, h.counts) AS u(slot, n)
       WHERE ${grainSql(filter)}),
    summed AS (
      SELECT "quarter", slot, sum(n)::int AS n FROM (SELECT * FROM live_counts UNION ALL SELECT * FROM rolled) AS parts GROUP BY 1, 2)
    SELECT to_char("quarter", 'YYYY-MM-DD') AS "quarter", array_agg(slot) AS slots, array_agg(n) AS counts
      FROM summed GROUP BY "quarter" ORDER BY "quarter"`;
}
