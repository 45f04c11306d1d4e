// The overview's rollup of closed months ("OverviewMonth", overview_months migration), kept by the admin read path:
// a month is counted once, the first time the overview is read after it closed, and again only after a change to
// one of its completed responses made a trigger forget it. Which months are rolled up depends on `now`, which the
// caller passes in (lib/db reads no clock).
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
function missingMonths(client: Prisma.TransactionClient, before: string) {
  return client.$queryRaw<{ month: string }[]>`
    SELECT to_char(m, 'YYYY-MM') AS month
      FROM generate_series(
             (SELECT date_trunc('month', min("completedAt")) FROM "Response" WHERE status = 'COMPLETED'),
             ${monthStart(before)}::timestamp - interval '1 month', interval '1 month') AS m
    EXCEPT
    SELECT to_char("month", 'YYYY-MM') FROM "OverviewMonth"
     WHERE industry = '*' AND "companySize" = '*' AND region = '*' AND "salesModel" = '*'
    ORDER BY 1`;
}

/**
 * Stores the rollup of `months`: one row per month and combination of peer keys present, one per month for the
 * whole month (also when nothing was completed in it, as the mark that the month is rolled up). ON CONFLICT DO
 * NOTHING keeps it idempotent; the caller's lock keeps two processes from counting the same month at once.
 */
async function storeMonths(tx: Prisma.TransactionClient, months: string[]) {
  const starts = months.map(monthStart);
  const next = new Date(`${monthStart(months.at(-1)!)}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  await tx.$executeRaw`
    WITH done AS (
      SELECT date_trunc('month', r."completedAt")::date AS month, coalesce(r.industry, '') AS industry,
             coalesce(r."companySize", '') AS "companySize", coalesce(r.region, '') AS region,
             coalesce(r."salesModel", '') AS "salesModel", date_trunc('month', r."startedAt")::date AS started,
             round(extract(epoch FROM r."completedAt" - r."startedAt"))::int AS seconds
        FROM "Response" r
       WHERE r.status = 'COMPLETED' AND r."completedAt" >= ${starts[0]}::timestamp
         AND r."completedAt" < ${next.toISOString().slice(0, 10)}::timestamp
         AND date_trunc('month', r."completedAt")::date = ANY(${starts}::date[])),
    -- Each month's breakdown by peer keys and its whole-month row ("*": GROUPING SETS leaves the keys null there).
    by_started AS (
      SELECT month, coalesce(industry, '*') AS industry, coalesce("companySize", '*') AS "companySize",
             coalesce(region, '*') AS region, coalesce("salesModel", '*') AS "salesModel", started, count(*)::int AS n
        FROM done GROUP BY GROUPING SETS ((month, industry, "companySize", region, "salesModel", started), (month, started))),
    by_seconds AS (
      SELECT month, coalesce(industry, '*') AS industry, coalesce("companySize", '*') AS "companySize",
             coalesce(region, '*') AS region, coalesce("salesModel", '*') AS "salesModel", seconds, count(*)::int AS n
        FROM done GROUP BY GROUPING SETS ((month, industry, "companySize", region, "salesModel", seconds), (month, seconds))),
    started AS (
      SELECT month, industry, "companySize", region, "salesModel",
             array_agg(started ORDER BY started) AS months, array_agg(n ORDER BY started) AS counts
        FROM by_started GROUP BY 1, 2, 3, 4, 5),
    seconds AS (
      SELECT month, industry, "companySize", region, "salesModel",
             array_agg(seconds ORDER BY seconds) AS seconds, array_agg(n ORDER BY seconds) AS counts
        FROM by_seconds GROUP BY 1, 2, 3, 4, 5)
    INSERT INTO "OverviewMonth" ("month", industry, "companySize", region, "salesModel",
                                 "startedMonths", "startedCounts", "durationSeconds", "durationCounts")
    SELECT month, industry, "companySize", region, "salesModel", started.months, started.counts, seconds.seconds, seconds.counts
      FROM started JOIN seconds USING (month, industry, "companySize", region, "salesModel")
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "OverviewMonth" ("month", industry, "companySize", region, "salesModel",
                                 "startedMonths", "startedCounts", "durationSeconds", "durationCounts")
    SELECT m, '*', '*', '*', '*', '{}', '{}', '{}', '{}' FROM unnest(${starts}::date[]) AS m
    ON CONFLICT DO NOTHING`;
}

/**
 * Rolls up every closed month before `before` ("YYYY-MM") that is not rolled up yet; the number of months counted.
 * Nearly always one cheap query that finds none. Otherwise, under an exclusive advisory lock (a second process
 * waits, then finds the months done), it looks again and counts what is still missing in one scan of the index.
 */
export async function rollUpClosedMonths(before: string): Promise<number> {
  if ((await missingMonths(db(), before)).length === 0) return 0;
  return db().$transaction(
    async (tx) => {
      await lockRollUp(tx);
      const months = (await missingMonths(tx, before)).map((row) => row.month);
      if (months.length) await storeMonths(tx, months);
      return months.length;
    },
    { timeout: 120_000 },
  );
}

/** The months before `before` that are rolled up, ascending ("YYYY-MM"). */
export async function rolledUpMonths(tx: Prisma.TransactionClient, before: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ month: string }[]>`
    SELECT to_char("month", 'YYYY-MM') AS month FROM "OverviewMonth"
     WHERE "month" < ${monthStart(before)}::date
       AND industry = '*' AND "companySize" = '*' AND region = '*' AND "salesModel" = '*'
     ORDER BY 1`;
  return rows.map((row) => row.month);
}
