// Checking an admin's credentials, with the rate limit in front: a locked-out email or address is refused before
// its password is looked at, so guessing cannot continue while blocked.
import "server-only";
import { serverEnv } from "@/lib/env";
import { findAdminCredentials } from "@/lib/db/admin-users";
import { createAdminSession } from "@/lib/db/admin-sessions";
import { clearLoginFailures, countLoginFailures, recordLoginFailure } from "@/lib/db/login-failures";
import { decoyPasswordHash, verifyPassword } from "./password";

export type SignInOutcome =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

export type SignInLimits = { maxFailuresPerEmail: number; maxFailuresPerAddress: number; windowMinutes: number };

export function signInLimitsFromEnv(): SignInLimits {
  const env = serverEnv();
  return {
    maxFailuresPerEmail: env.ADMIN_LOGIN_MAX_FAILURES,
    maxFailuresPerAddress: env.ADMIN_LOGIN_MAX_FAILURES_PER_IP,
    windowMinutes: env.ADMIN_LOGIN_WINDOW_MINUTES,
  };
}

export async function signInAdmin(
  input: { email: string; password: string; address: string },
  limits: SignInLimits = signInLimitsFromEnv(),
  now = new Date(),
): Promise<SignInOutcome> {
  const emailKey = `email:${input.email.trim().toLowerCase()}`;
  const addressKey = `ip:${input.address}`;
  const windowStart = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const failures = await countLoginFailures([emailKey, addressKey], windowStart);
  if (failures.get(emailKey)! >= limits.maxFailuresPerEmail || failures.get(addressKey)! >= limits.maxFailuresPerAddress) {
    return { ok: false, reason: "rate-limited", retryAfterMinutes: limits.windowMinutes };
  }
  const admin = await findAdminCredentials(input.email);
  const valid = await verifyPassword(input.password, admin?.passwordHash ?? (await decoyPasswordHash()));
  if (!admin || !valid) {
    await recordLoginFailure([emailKey, addressKey], now, windowStart);
    return { ok: false, reason: "invalid-credentials" };
  }
  await clearLoginFailures(emailKey);
  const session = await createAdminSession(admin.id, now);
  return { ok: true, ...session };
}
