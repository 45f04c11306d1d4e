// What the overview counts, from two places read in one snapshot: the rolled-up closed months ("OverviewMonth",
// overview-months.ts) and, live from "Response_overview_idx", everything else — every draft, and the completed
// responses of the months not rolled up (the open month, and any month forgotten since the last roll-up).
import "server-only";
import { Prisma } from "../generated/client";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { completedFilterSql, dimensionColumn } from "./filter-sql";
import { monthStart, rolledUpMonths } from "./overview-months";

export type CountRow = { status: "DRAFT" | "COMPLETED"; step: number; startedMonth: string; completedMonth: string | null; n: number };

/** [seconds, count] pairs ascending: completedAt − startedAt rounded to whole seconds, over completed responses. */
export type DurationCounts = [number, number][];

const nextMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
};

/** The completedAt ranges [from, to) not covered by the rolled-up months (null: unbounded), in "YYYY-MM". */
export function liveRanges(rolled: readonly string[]): { from: string | null; to: string | null }[] {
  const ranges: { from: string | null; to: string | null }[] = [];
  let from: string | null = null;
  for (const month of rolled) {
    if (from !== month) ranges.push({ from, to: month });
    from = nextMonth(month);
  }
  ranges.push({ from, to: null });
  return ranges;
}

const rangeSql = ({ from, to }: { from: string | null; to: string | null }) =>
  Prisma.sql`r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL
    ${from ? Prisma.sql`AND r."completedAt" >= ${monthStart(from)}::timestamp` : Prisma.empty}
    ${to ? Prisma.sql`AND r."completedAt" < ${monthStart(to)}::timestamp` : Prisma.empty}`;

/** The rolled-up rows a filter reads: the whole month's row when unfiltered, else every combination that matches. */
function rolledKeysSql(filter: AdminFilter): Prisma.Sql {
  const given = DIMENSIONS.filter((dimension) => filter[dimension]);
  if (given.length === 0) return Prisma.join(DIMENSIONS.map((dimension) => Prisma.sql`${dimensionColumn(dimension, "o")} = '*'`), " AND ");
  return Prisma.join(given.map((dimension) => Prisma.sql`${dimensionColumn(dimension, "o")} = ${filter[dimension]}`), " AND ");
}

/** Counts by status, step and the months started and completed in (a few hundred groups), and the durations. */
export async function readOverviewRows(
  tx: Prisma.TransactionClient,
  filter: AdminFilter,
  before: string,
): Promise<{ counts: CountRow[]; durations: DurationCounts }> {
  const where = completedFilterSql(filter);
  const ranges = liveRanges(await rolledUpMonths(tx, before)).map(rangeSql);
  const rolled = Prisma.sql`o."month" < ${monthStart(before)}::date AND ${rolledKeysSql(filter)}`;
  const liveCompleted = [...ranges, Prisma.sql`r.status = 'COMPLETED' AND r."completedAt" IS NULL`].map(
    (condition) => Prisma.sql`
      SELECT 'COMPLETED' AS status, 0 AS step, date_trunc('month', r."startedAt") AS started,
             date_trunc('month', r."completedAt") AS completed, count(*)::int AS n
        FROM "Response" r WHERE ${condition} ${where} GROUP BY 3, 4`,
  );
  const counts = await tx.$queryRaw<CountRow[]>`
    SELECT status, step, to_char(started, 'YYYY-MM') AS "startedMonth", to_char(completed, 'YYYY-MM') AS "completedMonth", n
      FROM (SELECT 'DRAFT' AS status, r."currentStep" AS step, date_trunc('month', r."startedAt") AS started,
                   NULL::timestamp AS completed, count(*)::int AS n
              FROM "Response" r WHERE r.status = 'DRAFT' ${where} GROUP BY 2, 3
            UNION ALL ${Prisma.join(liveCompleted, " UNION ALL ")}
            UNION ALL
            SELECT 'COMPLETED', 0, s.month, o."month", s.n
              FROM "OverviewMonth" o CROSS JOIN LATERAL unnest(o."startedMonths", o."startedCounts") AS s(month, n)
             WHERE ${rolled}) AS groups`;
  const liveSeconds = ranges.map(
    (condition) => Prisma.sql`
      SELECT round(extract(epoch FROM r."completedAt" - r."startedAt"))::int AS seconds, count(*)::int AS n
        FROM "Response" r WHERE ${condition} ${where} GROUP BY 1`,
  );
  const durations = await tx.$queryRaw<{ seconds: number; n: number }[]>`
    SELECT seconds, sum(n)::int AS n
      FROM (${Prisma.join(liveSeconds, " UNION ALL ")}
            UNION ALL
            SELECT d.seconds, d.n
              FROM "OverviewMonth" o CROSS JOIN LATERAL unnest(o."durationSeconds", o."durationCounts") AS d(seconds, n)
             WHERE ${rolled}) AS durations
     GROUP BY 1 ORDER BY 1`;
  return { counts, durations: durations.map((row): [number, number] => [row.seconds, row.n]) };
}
