// Waiting on work a job worker does in the background (lib/jobs), in tests that start one.
import { db } from "@/lib/db/client";

/** Polls `check` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, { timeoutMs = 60_000, what = "the condition" } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the AdminJob row `id` is no longer running (a worker finished it, or it failed). */
export async function adminJobFinished(id: string, timeoutMs = 90_000): Promise<void> {
  await eventually(
    async () => ((await db().adminJob.findUniqueOrThrow({ where: { id }, select: { status: true } })).status === "running" ? undefined : true),
    { timeoutMs, what: `admin job ${id} finishing` },
  );
}
