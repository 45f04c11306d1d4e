// The hourly expiry of the API's idempotency keys (lib/responses/expire-idempotency-keys.ts), after
// IDEMPOTENCY_KEY_RETENTION_HOURS.
import "server-only";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { expireIdempotencyKeys } from "@/lib/responses/expire-idempotency-keys";
import { EXPIRE_IDEMPOTENCY_KEYS, jobHandler } from "../kinds";

export const expireIdempotencyKeysHandler = jobHandler(EXPIRE_IDEMPOTENCY_KEYS, async () => {
  const cleared = await expireIdempotencyKeys(new Date(), serverEnv().IDEMPOTENCY_KEY_RETENTION_HOURS);
  logger.info({ cleared }, "expired idempotency keys cleared");
});
