import "server-only";
import { db } from "./client";

/** Creates an admin; false when one with that email exists already. */
export async function insertAdminUser(email: string, passwordHash: string): Promise<boolean> {
  const { count } = await db().adminUser.createMany({ data: [{ email: email.trim().toLowerCase(), passwordHash }], skipDuplicates: true });
  return count === 1;
}

/**
 * Sets an admin's password hash. A new password (`endSessions`) also ends every session of that admin, in the same
 * transaction, so a reset locks out whoever knew the old one; a re-hash of the same password keeps them.
 */
export async function updateAdminPasswordHash(id: string, passwordHash: string, endSessions: boolean): Promise<void> {
  await db().$transaction([
    db().adminUser.update({ where: { id }, data: { passwordHash } }),
    ...(endSessions ? [db().adminSession.deleteMany({ where: { adminUserId: id } })] : []),
  ]);
}

/** What sign-in needs to check a password; null when no admin has that email. */
export async function findAdminCredentials(email: string): Promise<{ id: string; email: string; passwordHash: string } | null> {
  return db().adminUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, passwordHash: true },
  });
}
