// A whole demo data set as a stream of batches: `count` completed responses and `drafts` abandoned ones, each
// from its own seeded stream, so the completed responses of a seed are the same whatever the number of drafts. A
// few participants (OUT_OF_POOL_SHARE) keep their answers out of the benchmark pool, drawn from a third stream, so
// every other answer is what it was before the pool choice existed.
// Lazy: a batch's rows are generated while the loader consumes them (so generating overlaps with the database's
// work, and a million never sit in memory together). Consume the batches, and each batch's responses then its
// drafts, in order: they share the seeded streams. Pure.
import { PART_A_IDS } from "@/lib/instrument";
import { demoDraft, type DemoDraft } from "./demo-drafts";
import { demoResponse, type DemoResponse } from "./demo-responses";
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

/** The drafts' stream: a fixed offset from the responses' seed. */
const DRAFT_SEED_OFFSET = 0x5eed;
/** The pool choices' stream. */
const POOL_SEED_OFFSET = 0x9001;
/** The share of demo participants who untick "Add my answers to the benchmark pool", so the admin has some to show. */
export const OUT_OF_POOL_SHARE = 0.03;

function* times<T>(n: number, make: () => T): Generator<T> {
  for (let i = 0; i < n; i++) yield make();
}

export function* demoBatches({ count, drafts = 0, seed, now, batchSize = 10_000 }: DemoDataPlan): Generator<LazyDemoBatch> {
  const completed = seededRandom(seed);
  const abandoned = seededRandom(seed + DRAFT_SEED_OFFSET);
  const pool = seededRandom(seed + POOL_SEED_OFFSET);
  const withPoolChoice = (response: DemoResponse): DemoResponse =>
    pool() < OUT_OF_POOL_SHARE ? { ...response, answers: { ...response.answers, [PART_A_IDS.pool]: false } } : response;
  const batchCount = Math.ceil(Math.max(count, drafts) / batchSize);
  for (let b = 0; b < batchCount; b++) {
    const take = (total: number) => Math.max(0, Math.min(batchSize, total - b * batchSize));
    yield {
      responses: times(take(count), () => withPoolChoice(demoResponse(completed, now))),
      drafts: times(take(drafts), () => demoDraft(abandoned, now)),
    };
  }
}
