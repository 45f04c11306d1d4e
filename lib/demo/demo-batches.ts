// A whole demo data set as a stream of batches: `count` completed responses (some of them retakes: demo-retakes.ts) and
// `drafts` abandoned ones, each from its own seeded stream, so the completed responses of a seed are the same whatever
// the number of drafts. A few responses (OUT_OF_POOL_SHARE) keep their answers out of the benchmark pool, drawn from a
// stream of their own, so every other answer is what it was before the pool choice existed.
// Lazy: a batch's rows are generated while the loader consumes them (so generating overlaps with the database's
// work, and a million never sit in memory together). Consume the batches, and each batch's responses then its
// drafts, in order: they share the seeded streams. Pure.
import { PART_A_IDS } from "@/lib/instrument";
import { demoDraft, type DemoDraft } from "./demo-drafts";
import type { DemoResponse } from "./demo-responses";
import { demoCompletedStream } from "./demo-retakes";
import { seededRandom } from "./random";

export interface DemoDataPlan {
  count: number;
  drafts?: number;
  seed: number;
  now: Date;
  batchSize?: number;
}

export interface LazyDemoBatch {
  responses: Iterable<DemoResponse>;
  drafts: Iterable<DemoDraft>;
}

/** The drafts' stream and the retakes' (which responses are taken again, and how): fixed offsets from the seed. */
const DRAFT_SEED_OFFSET = 0x5eed;
const RETAKE_SEED_OFFSET = 0x2e7a;
/** The pool choices' stream. */
const POOL_SEED_OFFSET = 0x9001;
/** The share of demo participants who untick "Add my answers to the benchmark pool", so the admin has some to show. */
export const OUT_OF_POOL_SHARE = 0.03;

function* times<T>(n: number, make: () => T): Generator<T> {
  for (let i = 0; i < n; i++) yield make();
}

export function* demoBatches({ count, drafts = 0, seed, now, batchSize = 10_000 }: DemoDataPlan): Generator<LazyDemoBatch> {
  const completed = demoCompletedStream(seededRandom(seed), seededRandom(seed + RETAKE_SEED_OFFSET), now);
  const abandoned = seededRandom(seed + DRAFT_SEED_OFFSET);
  const pool = seededRandom(seed + POOL_SEED_OFFSET);
  // In place: a retake refers to its previous response by identity (ParticipantLinks in demo-rows.ts).
  const withPoolChoice = (response: DemoResponse): DemoResponse => {
    if (pool() < OUT_OF_POOL_SHARE) response.answers = { ...response.answers, [PART_A_IDS.pool]: false };
    return response;
  };
  const batchCount = Math.ceil(Math.max(count, drafts) / batchSize);
  for (let b = 0; b < batchCount; b++) {
    const share = (total: number) => Math.max(0, Math.min(batchSize, total - b * batchSize));
    yield {
      responses: times(share(count), () => withPoolChoice(completed.next().value as DemoResponse)),
      drafts: times(share(drafts), () => demoDraft(abandoned, now)),
    };
  }
}
