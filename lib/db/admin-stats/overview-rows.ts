// What the overview counts, read in one statement (so in one snapshot) from two places: the rolled-up closed months
// ("OverviewMonth", overview-months.ts) and, live from "Response_overview_idx", everything else — every draft, and
// the completed responses of the months not rolled up (the open month, and a month forgotten since the last roll-up).
// Every completed response counts, in the benchmark pool or not; beside them, how many of them are in the pool (from
// "AnswerTally", which counts those only), so the page can say how many are not (docs/decisions/026-benchmark-pool.md).
import "server-only";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { RESPONSES_SLOT } from "../answer-tally-layout";
import { completedFilterSql, dimensionColumn } from "./filter-sql";
import { monthStart } from "./overview-months";

export type CountRow = { status: "DRAFT" | "COMPLETED"; step: number; startedMonth: string; completedMonth: string | null; n: number };

/** [seconds, count] pairs ascending: completedAt − startedAt rounded to whole seconds, over completed responses. */
export type DurationCounts = [number, number][];

/** The rolled-up rows a filter reads: the whole month's row when unfiltered, else every combination that matches. */
function rolledKeysSql(filter: AdminFilter): Prisma.Sql {
  const given = DIMENSIONS.filter((dimension) => filter[dimension]);
  const conditions = given.length
    ? given.map((dimension) => Prisma.sql`${dimensionColumn(dimension, "o")} = ${filter[dimension]}`)
    : DIMENSIONS.map((dimension) => Prisma.sql`${dimensionColumn(dimension, "o")} = '*'`);
  return Prisma.join(conditions, " AND ");
}

/**
 * Counts by status, step and the months started and completed in (a few hundred groups), the durations, and the
 * completed responses in the benchmark pool, for the responses matching `filter`, with the months before `before` read from the rollup where they are rolled up.
 * `live` holds the ranges of completedAt not rolled up (usually everything from `before` on), each read as a range
 * of the index; `done` counts those responses by months and seconds at once (one hash aggregate, a few thousand
 * groups), summed up by months for the counts and by seconds for the median.
 */
export async function readOverviewRows(
  filter: AdminFilter,
  before: string,
): Promise<{ counts: CountRow[]; durations: DurationCounts; pooled: number }> {
  const where = completedFilterSql(filter);
  const [result] = await db().$queryRaw<{ counts: CountRow[] | null; seconds: number[] | null; n: number[] | null; pooled: number }[]>`
    WITH rolled AS (
      SELECT "month" FROM "OverviewMonth"
       WHERE "month" < ${monthStart(before)}::date AND industry = '*' AND "companySize" = '*' AND region = '*' AND "salesModel" = '*'),
    -- The gaps between the rolled-up months, before the first and after the last: [lo, hi) of completedAt.
    live AS (
      SELECT lo, hi FROM (
        SELECT coalesce(lag("month" + interval '1 month') OVER (ORDER BY "month"), '-infinity') AS lo, "month"::timestamp AS hi FROM rolled
        UNION ALL
        SELECT coalesce(max("month") + interval '1 month', '-infinity'), 'infinity' FROM rolled) AS gaps
       WHERE lo < hi),
    done AS (
      SELECT date_trunc('month', r."startedAt") AS started, date_trunc('month', r."completedAt") AS completed,
             round(extract(epoch FROM r."completedAt" - r."startedAt"))::int AS seconds, count(*) AS n
        FROM live JOIN "Response" r ON r.status = 'COMPLETED' AND r."completedAt" >= live.lo AND r."completedAt" < live.hi
       WHERE true ${where}
       GROUP BY 1, 2, 3),
    rolled_rows AS (SELECT o.* FROM "OverviewMonth" o JOIN rolled USING ("month") WHERE ${rolledKeysSql(filter)}),
    counts AS (
      SELECT 'DRAFT' AS status, r."currentStep" AS step, date_trunc('month', r."startedAt") AS started,
             NULL::timestamp AS completed, count(*) AS n
        FROM "Response" r WHERE r.status = 'DRAFT' ${where} GROUP BY 2, 3
      UNION ALL
      SELECT 'COMPLETED', 0, date_trunc('month', r."startedAt"), NULL, count(*)
        FROM "Response" r WHERE r.status = 'COMPLETED' AND r."completedAt" IS NULL ${where} GROUP BY 3
      UNION ALL
      SELECT 'COMPLETED', 0, started, completed, n FROM done
      UNION ALL
      SELECT 'COMPLETED', 0, s.month, o."month", s.n FROM rolled_rows o, unnest(o."startedMonths", o."startedCounts") AS s(month, n)),
    durations AS (
      SELECT seconds, sum(n)::int AS n
        FROM (SELECT seconds, n FROM done
              UNION ALL
              SELECT d.seconds, d.n FROM rolled_rows o, unnest(o."durationSeconds", o."durationCounts") AS d(seconds, n)) AS all_durations
       GROUP BY seconds)
    SELECT (SELECT json_agg(json_build_object('status', status, 'step', step, 'startedMonth', to_char(started, 'YYYY-MM'),
                                              'completedMonth', to_char(completed, 'YYYY-MM'), 'n', n))
              FROM (SELECT status, step, started, completed, sum(n)::int AS n FROM counts GROUP BY 1, 2, 3, 4) AS grouped) AS counts,
           (SELECT array_agg(seconds ORDER BY seconds) FROM durations) AS seconds,
           (SELECT array_agg(n ORDER BY seconds) FROM durations) AS n,
           -- The completed responses in the benchmark pool: AnswerTally's first slot counts them (decision 026).
           (SELECT coalesce(sum(t.counts[${RESPONSES_SLOT}]), 0)::int FROM "AnswerTally" t WHERE true ${completedFilterSql(filter, "t")}) AS pooled`;
  const seconds = result?.seconds ?? [];
  return {
    pooled: result?.pooled ?? 0,
    counts: result?.counts ?? [],
    durations: seconds.map((value, i): [number, number] => [value, result!.n![i]!]),
  };
}
