// An Idempotency-Key answers its retries for IDEMPOTENCY_KEY_RETENTION_HOURS after the response was stored; then it is
// forgotten, and the same key sent again stores a new response (docs/decisions/021-idempotency-key-retention.md).
// Run by the scheduled job; safe to run any number of times.
import "server-only";
import { clearIdempotencyKeysBefore } from "@/lib/db/idempotency-keys";

const BATCH = 1000;

export async function expireIdempotencyKeys(now: Date, retentionHours: number): Promise<number> {
  const completedBefore = new Date(now.getTime() - retentionHours * 60 * 60 * 1000);
  let cleared = 0;
  for (;;) {
    const done = await clearIdempotencyKeysBefore(completedBefore, BATCH);
    cleared += done;
    if (done < BATCH) return cleared;
  }
}
