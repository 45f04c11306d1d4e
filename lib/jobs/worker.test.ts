// The queue's promises, on a real database: jobs wait in PostgreSQL for a worker (an app restart loses none), two
// workers on one database run each job once, and a job a stopping worker could not finish runs again elsewhere.
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { eventually } from "@/tests/support/jobs";
import { db } from "@/lib/db/client";
import { createDraft, findDraft } from "@/lib/db/drafts";
import { purgeExpiredDraftsHandler } from "./handlers/purge-expired-drafts";
import { expireIdempotencyKeysHandler } from "./handlers/expire-idempotency-keys";
import { EXPIRE_IDEMPOTENCY_KEYS, jobHandler, PURGE_EXPIRED_DRAFTS, type JobHandler, type JobKind } from "./kinds";
import { sendJob, stopJobQueue } from "./queue";
import { startWorker, type RunningWorker } from "./worker";

const database = withMigratedDatabase();

const kind = (name: string, queue: JobKind<unknown>["queue"] = {}): JobKind<{ n: number }> => ({
  name,
  data: z.object({ n: z.number().int() }),
  queue: { retryLimit: 2, retryDelay: 0, ...queue },
  work: { pollingIntervalSeconds: 0.5, batchSize: 1 },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const workers: RunningWorker[] = [];
async function worker(...handlers: JobHandler[]) {
  const started = await startWorker({ databaseUrl: database.url(), handlers });
  workers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(workers.splice(0).map((running) => running.stop(1000)));
  await stopJobQueue();
});

async function jobStates(name: string, worker: RunningWorker): Promise<Record<string, number>> {
  const { rows } = await worker.boss.getDb().executeSql(
    "SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state",
    [name],
  );
  return Object.fromEntries(rows.map((row: { state: string; n: number }) => [row.state, row.n]));
}

describe("the job queue", () => {
  it("runs each of 30 jobs exactly once with two workers on one database", { timeout: 90_000 }, async () => {
    const counting = kind("test-exactly-once");
    const handledBy: Record<number, string[]> = {};
    const handler = (name: string) =>
      jobHandler(counting, async ({ n }) => {
        (handledBy[n] ??= []).push(name);
        await sleep(50);
      });
    const first = await worker(handler("first"));
    const second = await worker(handler("second"));
    const ids = await Promise.all(Array.from({ length: 30 }, (_, n) => sendJob(counting, { n })));
    expect(new Set(ids).size).toBe(30);

    await eventually(async () => ((await jobStates(counting.name, first)).completed === 30 ? true : undefined), { what: "30 jobs completing" });
    expect(Object.keys(handledBy)).toHaveLength(30);
    expect(Object.values(handledBy).filter((names) => names.length !== 1)).toEqual([]);
    const byWorker = Object.values(handledBy).flat();
    // Both took jobs: they competed for the same rows, and still no job ran twice.
    expect(byWorker.filter((name) => name === "first").length).toBeGreaterThan(0);
    expect(byWorker.filter((name) => name === "second").length).toBeGreaterThan(0);
    expect(await jobStates(counting.name, second)).toEqual({ completed: 30 });
  });

  it("keeps jobs sent while no worker runs through a restart of the sender, and runs them once a worker starts", { timeout: 60_000 }, async () => {
    const waiting = kind("test-survives-restart");
    // A first worker creates the queue and stops: the app then sends with no worker running.
    await (await worker(jobHandler(waiting, async () => {}))).stop(1000);
    workers.length = 0;
    await stopJobQueue();
    for (let n = 0; n < 5; n++) await sendJob(waiting, { n });
    await stopJobQueue(); // the app restarts: nothing it sent was held in its memory

    const handled: number[] = [];
    const later = await worker(jobHandler(waiting, async ({ n }) => void handled.push(n)));
    await eventually(async () => ((await jobStates(waiting.name, later)).completed === 5 ? true : undefined), { what: "5 jobs completing" });
    expect(handled.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("gives a job back when its worker stops before it finishes, and another worker completes it once", { timeout: 60_000 }, async () => {
    const slow = kind("test-worker-restart");
    const attempts: string[] = [];
    let release = () => {};
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const first = await worker(
      jobHandler(slow, async () => {
        attempts.push("first");
        await stuck;
      }),
    );
    await sendJob(slow, { n: 1 });
    await eventually(async () => (attempts.length === 1 ? true : undefined), { what: "the first worker starting the job" });
    await first.stop(1000); // it cannot finish within the stop's grace: the job goes back to the queue
    workers.length = 0;
    await stopJobQueue();

    const second = await worker(jobHandler(slow, async () => void attempts.push("second")));
    await eventually(async () => ((await jobStates(slow.name, second)).completed === 1 ? true : undefined), { what: "the job completing" });
    expect(attempts).toEqual(["first", "second"]);
    expect(await jobStates(slow.name, second)).toEqual({ completed: 1 });
    release();
  });

  it("keeps the daily purge of abandoned drafts scheduled, and the purge deletes drafts past their retention", async () => {
    const running = await worker(purgeExpiredDraftsHandler);
    expect(await running.boss.getSchedules()).toContainEqual(
      expect.objectContaining({ name: PURGE_EXPIRED_DRAFTS.name, cron: "17 3 * * *", timezone: "UTC" }),
    );
    const { id, resumeToken } = await createDraft();
    await db().$executeRaw`UPDATE "Response" SET "updatedAt" = now() - interval '31 days' WHERE id = ${id}::uuid`;
    await purgeExpiredDraftsHandler.run({});
    expect(await findDraft(resumeToken)).toBeNull();
  });

  it("keeps the hourly expiry of idempotency keys scheduled", async () => {
    const running = await worker(expireIdempotencyKeysHandler);
    expect(await running.boss.getSchedules()).toContainEqual(
      expect.objectContaining({ name: EXPIRE_IDEMPOTENCY_KEYS.name, cron: "41 * * * *", timezone: "UTC" }),
    );
  });
});
