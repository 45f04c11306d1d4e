/**
 * Group commit for writes that contend on the same rows (docs/scaling.md, "Submissions"): while one batch is being
 * written, the writes that arrive wait in a queue, and the next batch writes them all in one statement. An idle
 * server writes each item at once (no added latency); a busy one commits many items per transaction, so the
 * aggregate rows the triggers update are locked, written and flushed once per batch instead of once per item.
 *
 *   const write = createWriteBatcher({ writeMany, writeOne, maxBatch: 64 });
 *   await write(item); // resolves once the item is committed, rejects with its own error
 *
 * A failed batch is retried item by item with writeOne, so one bad item (an idempotency key already stored, say)
 * fails alone and the others are still stored; every caller learns its own item's fate, and nothing is acknowledged
 * before it is committed.
 */
export interface WriteBatcherOptions<T> {
  /** Writes all items in one transaction: all or none. */
  writeMany: (items: T[]) => Promise<void>;
  /** Writes one item: used alone, and for each item of a batch that failed. */
  writeOne: (item: T) => Promise<void>;
  maxBatch: number;
}

type Waiting<T> = { item: T; resolve: () => void; reject: (error: unknown) => void };

export function createWriteBatcher<T>({ writeMany, writeOne, maxBatch }: WriteBatcherOptions<T>): (item: T) => Promise<void> {
  const queue: Waiting<T>[] = [];
  let writing = false;

  async function writeBatch(batch: Waiting<T>[]) {
    if (batch.length > 1) {
      try {
        await writeMany(batch.map((waiting) => waiting.item));
        for (const waiting of batch) waiting.resolve();
        return;
      } catch {
        // Fall through: each item on its own, so each caller gets its own outcome.
      }
    }
    await Promise.all(
      batch.map((waiting) =>
        writeOne(waiting.item).then(
          () => waiting.resolve(),
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
    new Promise<void>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
