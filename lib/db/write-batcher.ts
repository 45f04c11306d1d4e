/**
 * Group commit for writes that contend on the same rows (docs/scaling.md, "Submissions"): while one batch is being
 * written, the writes that arrive wait in a queue, and the next batch writes them all in one statement. An idle
 * server writes each item at once (no added latency); a busy one commits many items per transaction, so the
 * aggregate rows the triggers update are locked, written and flushed once per batch instead of once per item.
 *
 *   const write = createWriteBatcher({ writeMany, writeOne, maxBatch: 64 });
 *   const result = await write(item); // once the item is committed: its own result, or its own error
 *
 * A failed batch is retried item by item with writeOne, so one bad item (an idempotency key already stored, say)
 * fails alone and the others are still stored; every caller learns its own item's fate, and nothing is acknowledged
 * before it is committed.
 */
import "server-only";

export interface WriteBatcherOptions<T, R> {
  /** Writes all items in one transaction: all or none; one result per item, in order. */
  writeMany: (items: T[]) => Promise<R[]>;
  /** Writes one item: used alone, and for each item of a batch that failed. */
  writeOne: (item: T) => Promise<R>;
  maxBatch: number;
}

type Waiting<T, R> = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };

export function createWriteBatcher<T, R = void>({ writeMany, writeOne, maxBatch }: WriteBatcherOptions<T, R>): (item: T) => Promise<R> {
  const queue: Waiting<T, R>[] = [];
  let writing = false;

  async function writeBatch(batch: Waiting<T, R>[]) {
    if (batch.length > 1) {
      try {
        const results = await writeMany(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, i) => waiting.resolve(results[i] as R));
        return;
      } catch {
        // Fall through: each item on its own, so each caller gets its own outcome.
      }
    }
    await Promise.all(
      batch.map((waiting) =>
        writeOne(waiting.item).then(
          (result) => waiting.resolve(result),
          (error: unknown) => waiting.reject(error),
        ),
      ),
    );
  }

  async function drain() {
    writing = true;
    try {
      while (queue.length) await writeBatch(queue.splice(0, maxBatch));
    } finally {
      writing = false;
    }
  }

  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
