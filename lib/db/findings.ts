/**
 * Upkeep of the admin's Findings (findings migration, docs/decisions/023-findings-rollup.md):
 *
 *   foldFindings(batch?): Promise<number>   counts in every response marked dirty; how many marks it took
 *   rebuildFindings(): Promise<void>        recounts everything from the responses and scores
 *
 * Reads are exact without either (they add the dirty responses' change themselves); folding keeps that change small,
 * so the admin page runs it after it has answered, and re-scoring runs it at its end.
 */
import "server-only";
import { db } from "./client";

/** Dirty marks taken per transaction: a fold of many (after a re-score) commits as it goes, holding no lock for long. */
export const FOLD_BATCH = 5000;

export async function foldFindings(batch = FOLD_BATCH): Promise<number> {
  let taken = 0;
  for (;;) {
    const [row] = await db().$queryRaw<{ taken: number }[]>`SELECT "foldFindings"(${batch}::int) AS taken`;
    if (!row?.taken) return taken;
    taken += row.taken;
  }
}

export async function rebuildFindings(): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT "rebuildFindings"()`;
  }, { timeout: 30 * 60_000 });
}
