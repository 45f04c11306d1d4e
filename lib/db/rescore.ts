/**
 * Re-scoring after a methodology change:
 *
 *   rescoreAll(options?: { batchSize?: number; onBatch?: (progress: RescoreProgress) => void }): Promise<RescoreSummary>
 *
 * The summary counts the scores that changed (any index, category, section score, sales figure, peer key or scoring
 * version).
 *
 * Recomputes every completed response's Score (indices and section scores) with the current SCORING_VERSION, a
 * batch at a time (each batch one transaction, so a failure leaves whole batches done and none half-done), removes
 * any Score row whose response is not completed, then recounts the ScoreCount aggregate from scratch
 * (`rebuildScoreCounts`). Safe to run again: it converges on the same state. Submissions continue while it runs,
 * except during the final recount, which holds off score writes while it runs (about 15 s at 1,000,000 responses).
 */
import "server-only";
import { SCORING_VERSION } from "@/lib/scoring";
import { db } from "./client";
import { INDEX_COLUMNS, scoreRow } from "./score-columns";

export const DEFAULT_RESCORE_BATCH_SIZE = 1000;

export interface RescoreProgress {
  batches: number;
  scored: number;
  /** Responses whose stored score differed from the new one (or had none). */
  changed: number;
}

export interface RescoreSummary extends RescoreProgress {
  scoringVersion: string;
  /** Score rows removed because their response is not completed. */
  removed: number;
}

export async function rescoreAll(
  options: { batchSize?: number; onBatch?: (progress: RescoreProgress) => void } = {},
): Promise<RescoreSummary> {
  const batchSize = options.batchSize ?? DEFAULT_RESCORE_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`Batch size must be a whole number ≥ 1: ${batchSize}`);
  const { count: removed } = await db().score.deleteMany({ where: { response: { status: { not: "COMPLETED" } } } });
  const progress: RescoreProgress = { batches: 0, scored: 0, changed: 0 };
  let after: string | undefined;
  for (;;) {
    const last = await rescoreBatch(after, batchSize);
    if (last === null) break;
    after = last.id;
    progress.batches += 1;
    progress.scored += last.count;
    progress.changed += last.changed;
    options.onBatch?.({ ...progress });
  }
  await rebuildScoreCounts();
  return { scoringVersion: SCORING_VERSION, removed, ...progress };
}

/** Re-scores the next batch of completed responses after `after` (by id); null when there are none left. */
async function rescoreBatch(
  after: string | undefined,
  batchSize: number,
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
        ...scoreRow(response.answers, response).columns,
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
    sections,
  ]);
}

/** Recounts ScoreCount from the Score table in one statement (the database function locks out score writes). */
export async function rebuildScoreCounts(): Promise<void> {
  await db().$executeRaw`SELECT "rebuildScoreCount"()`;
}
