// A whole demo data set as a stream of batches: `count` completed responses (some of them retakes: demo-retakes.ts) and
// `drafts` abandoned ones, each from its own seeded stream, so the completed responses of a seed are the same whatever
// the number of drafts.
// Lazy: a batch's rows are generated while the loader consumes them (so generating overlaps with the database's
// work, and a million never sit in memory together). Consume the batches, and each batch's responses then its
// drafts, in order: they share the seeded streams. Pure.
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

function* times<T>(n: number, make: () => T): Generator<T> {
  for (let i = 0; i < n; i++) yield make();
}

function* take<T>(n: number, items: Iterator<T>): Generator<T> {
  for (let i = 0; i < n; i++) yield items.next().value as T;
}

export function* demoBatches({ count, drafts = 0, seed, now, batchSize = 10_000 }: DemoDataPlan): Generator<LazyDemoBatch> {
  const completed = demoCompletedStream(seededRandom(seed), seededRandom(seed + RETAKE_SEED_OFFSET), now);
  const abandoned = seededRandom(seed + DRAFT_SEED_OFFSET);
  const batchCount = Math.ceil(Math.max(count, drafts) / batchSize);
  for (let b = 0; b < batchCount; b++) {
    const share = (total: number) => Math.max(0, Math.min(batchSize, total - b * batchSize));
    yield {
      responses: take(share(count), completed),
      drafts: times(share(drafts), () => demoDraft(abandoned, now)),
    };
  }
}
