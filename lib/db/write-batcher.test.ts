import { describe, expect, it } from "vitest";
import { createWriteBatcher } from "./write-batcher";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function recorder(options: { failManyWhen?: (items: number[]) => boolean; failOne?: (item: number) => boolean } = {}) {
  const batches: number[][] = [];
  const singles: number[] = [];
  const stored: number[] = [];
  const write = createWriteBatcher<number>({
    maxBatch: 4,
    writeMany: async (items) => {
      batches.push(items);
      await tick();
      if (options.failManyWhen?.(items)) throw new Error("batch refused");
      stored.push(...items);
      return items.map(() => undefined);
    },
    writeOne: async (item) => {
      singles.push(item);
      await tick();
      if (options.failOne?.(item)) throw new Error(`item ${item} refused`);
      stored.push(item);
    },
  });
  return { write, batches, singles, stored };
}

describe("createWriteBatcher", () => {
  it("writes a lone item at once, on its own", async () => {
    const { write, batches, singles, stored } = recorder();
    await write(1);
    expect({ batches, singles, stored }).toEqual({ batches: [], singles: [1], stored: [1] });
  });

  it("batches what arrives while a write is in progress, at most maxBatch at a time", async () => {
    const { write, batches, singles, stored } = recorder();
    await Promise.all([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => write(n)));
    // The first is written alone; the rest queue behind it; a batch of one left over is written alone too.
    expect(singles).toEqual([1, 10]);
    expect(batches).toEqual([[2, 3, 4, 5], [6, 7, 8, 9]]);
    expect(stored.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("retries a failed batch item by item: the bad item fails alone, the others are stored", async () => {
    const { write, stored } = recorder({ failManyWhen: (items) => items.includes(3), failOne: (item) => item === 3 });
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => write(n)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toEqual(new Error("item 3 refused"));
    expect(stored.sort((a, b) => a - b)).toEqual([1, 2, 4, 5]);
  });

  it("resolves nobody before their write has finished", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const write = createWriteBatcher<number>({ maxBatch: 8, writeMany: async (items) => gate.then(() => items.map(() => undefined)), writeOne: async () => gate });
    let done = false;
    const pending = write(1).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    release();
    await pending;
    expect(done).toBe(true);
  });

  it("keeps working after a write throws", async () => {
    const { write, stored } = recorder({ failOne: (item) => item === 1 });
    await expect(write(1)).rejects.toThrow("item 1 refused");
    await write(2);
    expect(stored).toEqual([2]);
  });

  it("answers each caller with its own item's result, alone or in a batch", async () => {
    const batches: number[][] = [];
    const write = createWriteBatcher<number, string>({
      maxBatch: 4,
      writeMany: async (items) => {
        batches.push(items);
        await tick();
        return items.map((item) => `many:${item}`);
      },
      writeOne: async (item) => {
        await tick();
        return `one:${item}`;
      },
    });
    expect(await Promise.all([1, 2, 3, 4].map((n) => write(n)))).toEqual(["one:1", "many:2", "many:3", "many:4"]);
    expect(batches).toEqual([[2, 3, 4]]);
  });
});
