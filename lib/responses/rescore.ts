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
 * any Score row whose response is not completed, then recounts the ScoreHistogram aggregate from scratch
 * (`rebuildScoreHistograms`) and counts the changes into the admin Findings. Safe to run again: it converges on the same state. Submissions continue while it runs,
 * except during the final recount, which holds off score writes while it runs (38–47 s at 1,000,000 responses on the
 * busy shared 2-core machine, docs/decisions/003-peer-percentiles.md).
 */
import "server-only";
import { SCORING_VERSION } from "@/lib/scoring";
import { deleteScoresOfUncompleted, rebuildScoreHistograms, rescoreBatch, type ScoreAnswers } from "@/lib/db/scores";
import { foldFindings, rebuildFindings } from "@/lib/db/findings";
import { scoreRow } from "./score-row";

export const DEFAULT_RESCORE_BATCH_SIZE = 1000;

/**
 * Beyond this many changed scores the admin Findings are recounted from scratch rather than folded in: a fold costs a
 * few milliseconds per response (decision 023), a recount a pass over every response.
 */
export const RECOUNT_FINDINGS_ABOVE = 20_000;

/** The Score row of stored answers, scored now. */
export const scoreNow: ScoreAnswers = (answers, peers) => scoreRow(answers, peers).columns;

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
  const removed = await deleteScoresOfUncompleted();
  const progress: RescoreProgress = { batches: 0, scored: 0, changed: 0 };
  let after: string | undefined;
  for (;;) {
    const last = await rescoreBatch(after, batchSize, scoreNow);
    if (last === null) break;
    after = last.id;
    progress.batches += 1;
    progress.scored += last.count;
    progress.changed += last.changed;
    options.onBatch?.({ ...progress });
  }
  await rebuildScoreHistograms();
  // The changed scores marked their responses dirty; count them into the Findings now rather than at the next read.
  if (progress.changed > RECOUNT_FINDINGS_ABOVE) await rebuildFindings();
  else await foldFindings();
  return { scoringVersion: SCORING_VERSION, removed, ...progress };
}
