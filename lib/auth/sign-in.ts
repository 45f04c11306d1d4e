// Checking an admin's credentials, with the rate limit in front (docs/decisions/014-rate-limits-in-postgres.md). Every
// attempt is counted in PostgreSQL before its password is looked at — one atomic upsert per key, shared by every app
// process — so simultaneous guesses cannot all slip under the limit, and guessing cannot continue while blocked.
// The limits are per email *at one address* and per address, never per email alone: a guesser elsewhere cannot lock
// the real admin out. A success forgets that email's failures at that address and does not count for the address.
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { serverEnv } from "@/lib/env";
import { findAdminCredentials } from "@/lib/db/admin-users";
import { createAdminSession } from "@/lib/db/admin-sessions";
import { postgresLimiter } from "@/lib/db/rate-limiters";
import { updateAdminPasswordHash } from "@/lib/db/admin-users";
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

export type SignInOutcome =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

export type SignInLimits = { maxFailuresPerEmail: number; maxFailuresPerAddress: number; windowSeconds: number };

export function signInLimitsFromEnv(): SignInLimits {
  const env = serverEnv();
  return {
    maxFailuresPerEmail: env.ADMIN_LOGIN_MAX_FAILURES,
    maxFailuresPerAddress: env.ADMIN_LOGIN_MAX_FAILURES_PER_IP,
    windowSeconds: env.ADMIN_LOGIN_WINDOW_MINUTES * 60,
  };
}

const limitersFor = (limits: SignInLimits) => ({
  pair: postgresLimiter({ name: "signin-email-address", points: limits.maxFailuresPerEmail, durationSeconds: limits.windowSeconds }),
  address: postgresLimiter({ name: "signin-address", points: limits.maxFailuresPerAddress, durationSeconds: limits.windowSeconds }),
});

/** Counts one attempt under each key; the longest wait when any is over its limit, else null. */
async function countAttempt(consumes: Promise<RateLimiterRes>[]): Promise<number | null> {
  let waitMs: number | null = null;
  for (const outcome of await Promise.allSettled(consumes)) {
    if (outcome.status === "fulfilled") continue;
    if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
    waitMs = Math.max(waitMs ?? 0, outcome.reason.msBeforeNext);
  }
  return waitMs;
}

export async function signInAdmin(
  input: { email: string; password: string; address: string },
  limits: SignInLimits = signInLimitsFromEnv(),
  now = new Date(),
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const pairKey = `${email}|${input.address}`;
  const { pair, address } = limitersFor(limits);
  const waitMs = await countAttempt([pair.consume(pairKey), address.consume(input.address)]);
  if (waitMs !== null) return { ok: false, reason: "rate-limited", retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };

  const admin = await findAdminCredentials(input.email);
  const valid = await verifyPassword(input.password, admin?.passwordHash ?? (await decoyPasswordHash()));
  if (!admin || !valid) return { ok: false, reason: "invalid-credentials" };
  if (needsRehash(admin.passwordHash)) await updateAdminPasswordHash(admin.id, await hashPassword(input.password), false);
  await Promise.all([pair.delete(pairKey), address.reward(input.address, 1)]);
  const session = await createAdminSession(admin.id, now);
  return { ok: true, ...session };
}
