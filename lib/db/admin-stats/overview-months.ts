// The overview's rollup of closed months ("OverviewMonth", overview_months migration), kept by the admin read path:
// a month is counted once, after the first overview read since it closed, and again only after a change to one of
// its completed responses made a trigger forget it (until then the overview reads that month live). Which months
// are closed depends on `now`, which the caller passes in (lib/db reads no clock).
import "server-only";
import { db } from "../client";
import type { Prisma } from "../generated/client";

/**
 * A month is rolled up once it has been closed for this long, so that a submission dated just before midnight by
 * a slower clock, or committed a moment after it, still lands in a month that is read live.
 */
export const ROLL_UP_DELAY_MS = 60 * 60 * 1000;

/** "YYYY-MM" of the first month that is not rolled up at `now`: every earlier month (UTC) may be. */
export function firstLiveMonth(now: Date): string {
  return new Date(now.getTime() - ROLL_UP_DELAY_MS).toISOString().slice(0, 7);
}

/** The first day of a "YYYY-MM" month, as the text of a SQL timestamp or date. */
export const monthStart = (month: string) => `${month}-01`;

/** The same lock key as the triggers' "forgetOverviewMonths" (overview_months migration). */
const lockRollUp = (tx: Prisma.TransactionClient) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('overview-months'))`;

/** Closed months from the first completion's month to the one before `before` that have no rollup yet. */
function missingMonths(before: string) {
  return db().$queryRaw<{ month: string }[]>`
    SELECT to_char(m, 'YYYY-MM') AS month
      FROM generate_series(
             (SELECT date_trunc('month', min("completedAt")) FROM "Response" WHERE status = 'COMPLETED'),
             ${monthStart(before)}::timestamp - interval '1 month', interval '1 month') AS m
    EXCEPT
    SELECT to_char("month", 'YYYY-MM') FROM "OverviewMonth"
     WHERE industry = '*' AND "companySize" = '*' AND region = '*' AND "salesModel" = '*'
    ORDER BY 1`;
}

const nextMonthStart = (month: string) => {
  const next = new Date(`${monthStart(month)}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next.toISOString().slice(0, 10);
};

/**
 * Stores the rollup of one month: a row per combination of peer keys present, and the whole month's row (also when
 * nothing was completed in it: the mark that the month is rolled up). The keys are grouped in the "C" collation
 * (byte order: the grouping needs no locale). ON CONFLICT DO NOTHING keeps it idempotent.
 */
async function storeMonth(tx: Prisma.TransactionClient, month: string) {
  await tx.$executeRaw`
    WITH done AS (
      SELECT coalesce(r.industry, '') COLLATE "C" AS industry, coalesce(r."companySize", '') COLLATE "C" AS "companySize",
             coalesce(r.region, '') COLLATE "C" AS region, coalesce(r."salesModel", '') COLLATE "C" AS "salesModel",
             date_trunc('month', r."startedAt")::date AS started,
             round(extract(epoch FROM r."completedAt" - r."startedAt"))::int AS seconds
        FROM "Response" r
       WHERE r.status = 'COMPLETED' AND r."completedAt" >= ${monthStart(month)}::timestamp
         AND r."completedAt" < ${nextMonthStart(month)}::timestamp),
    -- The breakdown by peer keys and the whole month's row ("*": GROUPING SETS leaves the keys null there).
    by_started AS (
      SELECT coalesce(industry, '*') AS industry, coalesce("companySize", '*') AS "companySize",
             coalesce(region, '*') AS region, coalesce("salesModel", '*') AS "salesModel", started, count(*)::int AS n
        FROM done GROUP BY GROUPING SETS ((industry, "companySize", region, "salesModel", started), (started))),
    by_seconds AS (
      SELECT coalesce(industry, '*') AS industry, coalesce("companySize", '*') AS "companySize",
             coalesce(region, '*') AS region, coalesce("salesModel", '*') AS "salesModel", seconds, count(*)::int AS n
        FROM done GROUP BY GROUPING SETS ((industry, "companySize", region, "salesModel", seconds), (seconds))),
    started AS (
      SELECT industry, "companySize", region, "salesModel",
             array_agg(started ORDER BY started) AS months, array_agg(n ORDER BY started) AS counts
        FROM by_started GROUP BY 1, 2, 3, 4),
    seconds AS (
      SELECT industry, "companySize", region, "salesModel",
             array_agg(seconds ORDER BY seconds) AS seconds, array_agg(n ORDER BY seconds) AS counts
        FROM by_seconds GROUP BY 1, 2, 3, 4)
    INSERT INTO "OverviewMonth" ("month", industry, "companySize", region, "salesModel",
                                 "startedMonths", "startedCounts", "durationSeconds", "durationCounts")
    SELECT ${monthStart(month)}::date, industry, "companySize", region, "salesModel",
           started.months, started.counts, seconds.seconds, seconds.counts
      FROM started JOIN seconds USING (industry, "companySize", region, "salesModel")
    UNION ALL
    SELECT ${monthStart(month)}::date, '*', '*', '*', '*', '{}', '{}', '{}', '{}' WHERE NOT EXISTS (SELECT 1 FROM done)
    ON CONFLICT DO NOTHING`;
}

/**
 * Rolls up every month closed at `now` that is not rolled up yet; how many months it counted. Nearly always one
 * cheap query that finds none. Otherwise each missing month in a transaction of its own, under an exclusive
 * advisory lock: a second process waits, then finds the month done, and a trigger forgetting a month waits for
 * the month being counted (and the other way round). At 1,000,000 responses a month takes about a second, which is
 * why the page runs this after it has answered.
 */
export async function rollUpOverviewMonths(now: Date): Promise<number> {
  let counted = 0;
  for (const { month } of await missingMonths(firstLiveMonth(now))) {
    const stored = await db().$transaction(
      async (tx) => {
        await lockRollUp(tx);
        const [rolled] = await tx.$queryRaw<{ done: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM "OverviewMonth" WHERE industry = '*' AND "companySize" = '*' AND region = '*'
                           AND "salesModel" = '*' AND "month" = ${monthStart(month)}::date) AS done`;
        if (rolled?.done) return false;
        await storeMonth(tx, month);
        return true;
      },
      { timeout: 60_000 },
    );
    if (stored) counted += 1;
  }
  return counted;
}
