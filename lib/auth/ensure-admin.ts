// Creating or updating an admin from the launcher, the e2e server and `npm run admin:create`.
import "server-only";
import { upsertAdminUser } from "@/lib/db/admin-users";
import { hashPassword } from "./password";
import { NewAdminPasswordSchema, SignInSchema } from "./sign-in-schema";

export class AdminInputError extends Error {}

/** Validates, hashes and stores; idempotent (an existing admin gets the given password). */
export async function ensureAdmin(email: string, password: string): Promise<{ email: string; created: boolean }> {
  const parsedEmail = SignInSchema.shape.email.safeParse(email);
  if (!parsedEmail.success) throw new AdminInputError(`--email ${parsedEmail.error.issues[0]?.message ?? "is not valid"}`);
  const parsedPassword = NewAdminPasswordSchema.safeParse(password);
  if (!parsedPassword.success) throw new AdminInputError(`--password ${parsedPassword.error.issues[0]?.message ?? "is not valid"}`);
  const { created } = await upsertAdminUser(parsedEmail.data, await hashPassword(parsedPassword.data));
  return { email: parsedEmail.data, created };
}

/** The first admin from ADMIN_EMAIL / ADMIN_PASSWORD (already validated by lib/env.ts); null when unset. */
export async function ensureAdminFromEnv(env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }) {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return null;
  return ensureAdmin(env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
}
