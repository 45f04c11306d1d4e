/**
 * Score rows rewritten in bulk (re-scoring after a methodology change, lib/responses/rescore.ts; the submit path
 * writes its Score row with the response and report in one statement, lib/db/completed-write.ts). Triggers on
 * "Score" update the ScoreHistogram aggregate inside the same transaction, so a rollback undoes both. A Score row exists
 * only for a COMPLETED response: drafts never count in any peer group.
 */
import "server-only";
import type { Prisma } from "./generated/client";
import { db } from "./client";
import { INDEX_COLUMNS, type ScoreRowColumns } from "./score-columns";

/** The `tx` of `db().$transaction(async (tx) => …)`; the client itself works too (one statement, no transaction). */
export type DbTransaction = Prisma.TransactionClient;

/** Removes the Score rows of responses that are not completed; the number removed. */
export async function deleteScoresOfUncompleted(): Promise<number> {
  const { count } = await db().score.deleteMany({ where: { response: { status: { not: "COMPLETED" } } } });
  return count;
}

/** What a Score row stores for stored answers and the response's peer keys (lib/responses/score-row.ts `scoreRow`). */
export type ScoreAnswers = (answers: unknown, peers: { industry: string | null; companySize: string | null }) => ScoreRowColumns;

/**
 * Re-scores the next batch of completed responses after `after` (by id) with `score`; null when there are none left.
 */
export async function rescoreBatch(
  after: string | undefined,
  batchSize: number,
  score: ScoreAnswers,
): Promise<{ id: string; count: number; changed: number } | null> {
  return db().$transaction(
    async (tx) => {
      const responses = await tx.response.findMany({
        where: { status: "COMPLETED", ...(after === undefined ? {} : { id: { gt: after } }) },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true, answers: true, industry: true, companySize: true },
      });
      if (responses.length === 0) return null;
      const ids = responses.map((response) => response.id);
      const scores = responses.map((response) => ({
        responseId: response.id,
        ...score(response.answers, response),
      }));
      const previous = await tx.score.findMany({ where: { responseId: { in: ids } }, select: comparedColumns });
      const before = new Map(previous.map((row) => [row.responseId, comparable(row)]));
      const changed = scores.filter((score) => before.get(score.responseId) !== comparable(score)).length;
      // Replace rather than update row by row: two statements per batch, so the aggregate triggers run twice.
      await tx.score.deleteMany({ where: { responseId: { in: ids } } });
      await tx.score.createMany({ data: scores });
      return { id: ids.at(-1)!, count: responses.length, changed };
    },
    { timeout: 60_000 },
  );
}

const comparedColumns = {
  responseId: true,
  scoringVersion: true,
  ...INDEX_COLUMNS,
  companyCategory: true,
  personalCategory: true,
  sectionScores: true,
  industry: true,
  companySize: true,
  unitWinRate: true,
  valueWinRate: true,
  averageDealValue: true,
  cycleDays: true,
  velocity: true,
  averageDealUsd: true,
  velocityUsd: true,
  quotaAttainment: true,
  sellersAtQuota: true,
  opportunities: true,
  wonCount: true,
  lostCount: true,
  openCount: true,
  wonValueUsd: true,
  lostValueUsd: true,
  openValueUsd: true,
} as const;

type ComparedScore = { [K in keyof typeof comparedColumns]: unknown };

/** A canonical string of what a score stores; section scores sorted by id, since jsonb reorders keys. */
function comparable(score: ComparedScore): string {
  const sections = Object.entries((score.sectionScores ?? {}) as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([
    score.scoringVersion,
    score.overall,
    score.valueIndex,
    score.numberIndex,
    score.winRateIndex,
    score.salesCycleIndex,
    score.personalIndex,
    score.companyCategory,
    score.personalCategory,
    score.industry,
    score.companySize,
    score.unitWinRate,
    score.valueWinRate,
    score.averageDealValue,
    score.cycleDays,
    score.velocity,
    score.averageDealUsd,
    score.velocityUsd,
    score.quotaAttainment,
    score.sellersAtQuota,
    score.opportunities,
    score.wonCount,
    score.lostCount,
    score.openCount,
    score.wonValueUsd,
    score.lostValueUsd,
    score.openValueUsd,
    sections,
  ]);
}

/** Recounts ScoreHistogram from the Score table in one statement (the database function locks out score writes). */
export async function rebuildScoreHistograms(): Promise<void> {
  await db().$executeRaw`SELECT "rebuildScoreHistogram"()`;
}
