// The Trends page's rollup ("QuarterRollup", "QuarterHistogram", quarter_benchmarks migration), kept by the admin read
// path after the page has answered: each quarter's completed, scored responses up to the start of the UTC day that was
// current an hour ago are counted once, per peer grain, and counted again when more days of the open quarter have ended
// or after a trigger forgot the quarter (a late completion, a change to one of its completed responses, an erasure, a
// re-score). What is not rolled up is read live (quarter-rows.ts), so the figures never depend on this having run.
import "server-only";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { DIMENSIONS } from "@/lib/admin/dashboard-dimensions";
import { ROLL_UP_DELAY_MS } from "./overview-months";
import { QUARTER_LAYOUT_KEY, QUARTER_WIDTH, quarterSlotsSql } from "./quarter-layout";

/** "*": any value of a key, in a grain's row. */
export const ANY_KEY = "*";

/** A timestamp as the "timestamp(3)" columns hold it: UTC wall time. */
export const utcText = (moment: Date) => moment.toISOString().slice(0, 23);

/** The rollup counts responses completed before this: the start of the UTC day that was current an hour ago. */
export function foldedBefore(now: Date): Date {
  const shifted = new Date(now.getTime() - ROLL_UP_DELAY_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

type Stale = { quarter: string; upTo: string };

/**
 * Quarters from the first completion's to the one holding `before` whose rollup is missing, in another layout or short of
 * `before` (or of its own end). Never past the database's own day an hour ago: the triggers that forget a quarter compare
 * with that clock, so a caller's clock running fast cannot fold days a late completion would not forget.
 */
function staleQuarters(before: Date): Promise<Stale[]> {
  return db().$queryRaw<Stale[]>`
    WITH bound AS (SELECT least(${utcText(before)}::timestamp, date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '1 hour')) AS before)
    SELECT to_char(q, 'YYYY-MM-DD') AS quarter, to_char(least(q + interval '3 months', bound.before), 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "upTo"
      FROM bound, generate_series(date_trunc('quarter', (SELECT min("completedAt") FROM "Response" WHERE status = 'COMPLETED')),
                                  bound.before, interval '3 months') AS q
     WHERE q < bound.before
       AND NOT EXISTS (SELECT 1 FROM "QuarterRollup" r
                        WHERE r."quarter" = q::date AND r.layout = ${QUARTER_LAYOUT_KEY}
                          AND r."countedBefore" >= least(q + interval '3 months', bound.before))
     ORDER BY 1`;
}

type Keys = { industry: string; companySize: string; region: string; salesModel: string };
type CountedRow = Keys & { slots: number[]; counts: number[] };

/**
 * Per combination of the four peer keys ("" where not given), the sparse counts of the responses in [start, upTo):
 * hashed, never sorted (the keys in the "C" collation, which needs no locale), slots in no particular order.
 */
function countCombinations(tx: Prisma.TransactionClient, quarter: string, upTo: string) {
  return tx.$queryRaw<CountedRow[]>`
    SELECT industry, "companySize", region, "salesModel", array_agg(slot) AS slots, array_agg(n) AS counts
      FROM (SELECT coalesce(r.industry, '') COLLATE "C" AS industry, coalesce(r."companySize", '') COLLATE "C" AS "companySize",
                   coalesce(r.region, '') COLLATE "C" AS region, coalesce(r."salesModel", '') COLLATE "C" AS "salesModel",
                   f.slot, count(*)::int AS n
              FROM "Response" r JOIN "Score" s ON s."responseId" = r.id CROSS JOIN LATERAL ${quarterSlotsSql()}
             WHERE r.status = 'COMPLETED' AND r."completedAt" >= ${quarter}::timestamp AND r."completedAt" < ${upTo}::timestamp
               AND f.slot IS NOT NULL
             GROUP BY 1, 2, 3, 4, 5) AS counted
     GROUP BY 1, 2, 3, 4`;
}

/** The grains a combination counts in besides its own row: everyone, each key it gives, each pair of keys it gives. */
function grainsOf(combination: Keys): Keys[] {
  const given = DIMENSIONS.filter((dimension) => combination[dimension] !== "");
  const grain = (...kept: (typeof DIMENSIONS)[number][]) =>
    Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, kept.includes(dimension) ? combination[dimension] : ANY_KEY])) as Keys;
  return [grain(), ...given.map((one) => grain(one)), ...given.flatMap((one, i) => given.slice(i + 1).map((other) => grain(one, other)))];
}

/** The combinations' rows and every grain's, summed here (a few hundred dense arrays) rather than in SQL. */
export function rollupRows(combinations: readonly CountedRow[]): CountedRow[] {
  const grains = new Map<string, { keys: Keys; counts: Int32Array }>();
  for (const combination of combinations) {
    for (const keys of grainsOf(combination)) {
      const id = DIMENSIONS.map((dimension) => keys[dimension]).join("\u0000");
      const grain = grains.get(id) ?? grains.set(id, { keys, counts: new Int32Array(QUARTER_WIDTH) }).get(id)!;
      combination.slots.forEach((slot, i) => (grain.counts[slot]! += combination.counts[i]!));
    }
  }
  const sparse = ({ keys, counts }: { keys: Keys; counts: Int32Array }): CountedRow => {
    const slots: number[] = [];
    counts.forEach((count, slot) => count !== 0 && slots.push(slot));
    return { ...keys, slots, counts: slots.map((slot) => counts[slot]!) };
  };
  return [...combinations.map((row) => ({ ...row })), ...[...grains.values()].map(sparse)];
}

async function storeQuarter(tx: Prisma.TransactionClient, quarter: string, upTo: string) {
  const rows = rollupRows(await countCombinations(tx, quarter, upTo));
  // The quarter's old rows go with its old mark (ON DELETE CASCADE).
  await tx.$executeRaw`DELETE FROM "QuarterRollup" WHERE "quarter" = ${quarter}::date`;
  await tx.$executeRaw`
    INSERT INTO "QuarterRollup" ("quarter", "countedBefore", layout) VALUES (${quarter}::date, ${upTo}::timestamp, ${QUARTER_LAYOUT_KEY})`;
  await tx.$executeRaw`
    INSERT INTO "QuarterHistogram" ("quarter", industry, "companySize", region, "salesModel", slots, counts)
    SELECT ${quarter}::date, x.industry, x."companySize", x.region, x."salesModel", x.slots, x.counts
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
           AS x(industry text, "companySize" text, region text, "salesModel" text, slots int[], counts int[])`;
}

/**
 * Counts every quarter that is stale at `now` (the caller's clock); how many it counted. Nearly always one cheap query
 * that finds none: a quarter is counted again once a day while it is open. Each quarter in a transaction of its own
 * under the advisory lock the forgetting triggers share: when it is taken (another process counting, or a change being
 * committed) this leaves the rest to the next read rather than queueing page loads behind a count.
 */
export async function rollUpQuarters(now: Date): Promise<number> {
  let counted = 0;
  for (const { quarter, upTo } of await staleQuarters(foldedBefore(now))) {
    const result = await db().$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('quarter-benchmarks')) AS locked`;
        if (!lock?.locked) return "busy" as const;
        const [current] = await tx.$queryRaw<{ done: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM "QuarterRollup" WHERE "quarter" = ${quarter}::date AND layout = ${QUARTER_LAYOUT_KEY}
                           AND "countedBefore" >= ${upTo}::timestamp) AS done`;
        if (current?.done) return "done" as const;
        // A quarter of a million responses counts ~3 million (slot, response) pairs into a hash table.
        await tx.$executeRaw`SET LOCAL work_mem = '256MB'`;
        await storeQuarter(tx, quarter, upTo);
        return "counted" as const;
      },
      { timeout: 600_000, maxWait: 10_000 },
    );
    if (result === "busy") break;
    if (result === "counted") counted += 1;
  }
  return counted;
}
