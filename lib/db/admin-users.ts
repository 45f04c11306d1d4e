import "server-only";
import { db } from "./client";

/** Creates the admin, or sets the password of an existing one (idempotent: safe at every start-up). */
export async function upsertAdminUser(email: string, passwordHash: string): Promise<{ id: string; created: boolean }> {
  const normalized = email.trim().toLowerCase();
  const existing = await db().adminUser.findUnique({ where: { email: normalized }, select: { id: true } });
  const admin = await db().adminUser.upsert({
    where: { email: normalized },
    create: { email: normalized, passwordHash },
    update: { passwordHash },
    select: { id: true },
  });
  return { id: admin.id, created: !existing };
}

/** What sign-in needs to check a password; null when no admin has that email. */
export async function findAdminCredentials(email: string): Promise<{ id: string; email: string; passwordHash: string } | null> {
  return db().adminUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, passwordHash: true },
  });
}
