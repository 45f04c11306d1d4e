/**
 * Upkeep of the admin's Findings (findings migration, docs/decisions/023-findings-rollup.md):
 *
 *   foldFindings(batch?): Promise<number>   counts in the responses marked dirty; how many marks it took
 *   rebuildFindings(): Promise<void>        recounts everything from the responses and scores
 *   findingsBacklog(): Promise<number>      dirty marks waiting, counted up to FINDINGS_LIVE_LIMIT + 1
 *
 * Reads are exact without a fold (they add the dirty responses' change themselves); folding keeps that change small,
 * so the admin page runs it after it has answered, and re-scoring runs a fold or a recount at its end.
 */
import "server-only";
import { db } from "./client";
import type { DbTransaction } from "./scores";
import { FindingTallies, type FindingEntryRow } from "./finding-tallies";
import { FINDING_RESPONSES_WHERE } from "./finding-layout";
import { Prisma } from "./generated/client";
import { queryIn } from "./score-histograms";

/** Dirty marks taken per transaction: a fold of many (after a re-score) commits as it goes, holding no lock for long. */
export const FOLD_BATCH = 5000;
/** Above this many dirty marks a read would spend seconds making their entries: the page waits for the folds instead. */
export const FINDINGS_LIVE_LIMIT = 20_000;
/** Entries read at a time by the recount. */
const RECOUNT_PAGE = 20_000;

const lock = (tx: DbTransaction) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('findings'))`;

const COUNTED = Prisma.raw(FINDING_RESPONSES_WHERE);

/** Makes the entries of those of the given responses that are completed, scored and in the pool; the entries made. */
function storeEntries(tx: DbTransaction, ids: string[]) {
  return tx.$queryRaw<FindingEntryRow[]>`
    INSERT INTO "FindingEntry"
    SELECT e.* FROM "Response" r JOIN "Score" s ON s."responseId" = r.id CROSS JOIN LATERAL "findingEntry"(r, s) AS e
     WHERE ${COUNTED} AND r.id = ANY (${ids}::uuid[])
    RETURNING *`;
}

/**
 * One batch, in one transaction under the advisory lock 'findings' (the erasure trigger and the recount take it too;
 * a fold that finds it taken leaves the marks to the fold at work). The marks are taken first and every later
 * statement reads afresh (READ COMMITTED), so any change a mark stands for was committed before its response's entry
 * is made again; a change committed later left a mark of its own.
 */
async function foldBatch(batch: number): Promise<number> {
  return db().$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('findings')) AS ok`;
      if (!locked?.ok) return 0;
      const [taken] = await tx.$queryRaw<{ n: number; ids: string[] }[]>`
        WITH gone AS (
          DELETE FROM "FindingDirty" WHERE "id" IN (SELECT "id" FROM "FindingDirty" ORDER BY "id" LIMIT ${batch})
          RETURNING "responseId")
        SELECT count(*)::int AS n, coalesce(array_agg(DISTINCT "responseId"), '{}')::text[] AS ids FROM gone`;
      if (!taken?.n) return 0;
      const removed = await tx.$queryRaw<FindingEntryRow[]>`
        DELETE FROM "FindingEntry" WHERE "responseId" = ANY (${taken.ids}::uuid[]) RETURNING *`;
      const added = await storeEntries(tx, taken.ids);
      const tallies = new FindingTallies();
      for (const entry of removed) tallies.add(entry, -1);
      for (const entry of added) tallies.add(entry, 1);
      await tallies.apply(queryIn(tx));
      return taken.n;
    },
    { timeout: 120_000 },
  );
}

export async function foldFindings(batch = FOLD_BATCH): Promise<number> {
  let taken = 0;
  for (;;) {
    const n = await foldBatch(batch);
    if (!n) return taken;
    taken += n;
  }
}

/**
 * Empties the entries and tallies and makes them again from every completed, scored response in the pool, in one transaction
 * under the advisory lock (after a bulk change such as a re-score of everything, or to repair them). The entries
 * are made in SQL; the tallies added up here, page by page.
 */
export async function rebuildFindings(): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await lock(tx);
      await tx.$executeRaw`DELETE FROM "FindingDirty"`;
      await tx.$executeRaw`DELETE FROM "FindingEntry"`;
      await tx.$executeRaw`DELETE FROM "FindingTally"`;
      await tx.$executeRaw`
        INSERT INTO "FindingEntry"
        SELECT e.* FROM "Response" r JOIN "Score" s ON s."responseId" = r.id CROSS JOIN LATERAL "findingEntry"(r, s) AS e
         WHERE ${COUNTED}`;
      const tallies = new FindingTallies();
      let after = "00000000-0000-0000-0000-000000000000";
      for (;;) {
        const page = await tx.$queryRaw<(FindingEntryRow & { responseId: string })[]>`
          SELECT * FROM "FindingEntry" WHERE "responseId" > ${after}::uuid ORDER BY "responseId" LIMIT ${RECOUNT_PAGE}`;
        for (const entry of page) tallies.add(entry, 1);
        if (page.length < RECOUNT_PAGE) break;
        after = page.at(-1)!.responseId;
      }
      await tallies.apply(queryIn(tx));
    },
    { timeout: 60 * 60_000 },
  );
}

export async function findingsBacklog(): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM "FindingDirty" LIMIT ${FINDINGS_LIVE_LIMIT + 1}) AS waiting`;
  return row?.n ?? 0;
}
