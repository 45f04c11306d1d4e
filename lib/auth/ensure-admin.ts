// Creating or updating an admin from the launcher, the e2e server and `npm run admin:create`.
import "server-only";
import { findAdminCredentials, insertAdminUser, updateAdminPasswordHash } from "@/lib/db/admin-users";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { NewAdminPasswordSchema, SignInSchema } from "./sign-in-schema";

export class AdminInputError extends Error {}

/**
 * Validates, hashes and stores; idempotent, so it runs at every start-up. An existing admin gets the given password:
 * when it is a new one, every session of that admin ends (a reset); when it is the one they have, nothing changes
 * but an old, cheaper hash is made again at today's cost.
 */
export async function ensureAdmin(email: string, password: string): Promise<{ email: string; created: boolean }> {
  const parsedEmail = SignInSchema.shape.email.safeParse(email);
  if (!parsedEmail.success) throw new AdminInputError(`--email ${parsedEmail.error.issues[0]?.message ?? "is not valid"}`);
  const parsedPassword = NewAdminPasswordSchema.safeParse(password);
  if (!parsedPassword.success) throw new AdminInputError(`--password ${parsedPassword.error.issues[0]?.message ?? "is not valid"}`);
  const [normalized, given] = [parsedEmail.data, parsedPassword.data];
  const existing = await findAdminCredentials(normalized);
  if (!existing) {
    if (await insertAdminUser(normalized, await hashPassword(given))) return { email: normalized, created: true };
    return ensureAdmin(normalized, given); // created by another process meanwhile: now it exists
  }
  const same = await verifyPassword(given, existing.passwordHash);
  if (!same || needsRehash(existing.passwordHash)) await updateAdminPasswordHash(existing.id, await hashPassword(given), !same);
  return { email: normalized, created: false };
}

/** The first admin from ADMIN_EMAIL / ADMIN_PASSWORD (already validated by lib/env.ts); null when unset. */
export async function ensureAdminFromEnv(env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }) {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return null;
  return ensureAdmin(env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
}
