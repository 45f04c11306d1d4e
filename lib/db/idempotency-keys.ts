// Idempotency keys of the JSON API live in the unique Response.submitKey column (lib/responses/api-submission.ts);
// they expire: the scheduled job clears them on responses completed before a cut-off, a batch at a time.
import "server-only";
import { sqlPool } from "./client";

/**
 * Clears the idempotency key of up to `batch` responses completed before `completedBefore`; how many it cleared.
 * Found through the unique index on "submitKey" (IS NOT NULL), which holds only keys still within the retention plus
 * any not yet cleared, so the cost follows the API's traffic, not the table. Changes no counted column, so the
 * aggregate triggers pass the rows over (migration idempotency_key_expiry).
 */
export async function clearIdempotencyKeysBefore(completedBefore: Date, batch: number): Promise<number> {
  const { rowCount } = await sqlPool().query(
    `UPDATE "Response" SET "submitKey" = NULL WHERE id IN (
       SELECT id FROM "Response" WHERE "submitKey" IS NOT NULL AND "completedAt" < $1 LIMIT $2
     )`,
    [completedBefore, batch],
  );
  return rowCount ?? 0;
}
