import "server-only";
import { db } from "./client";
import { hashToken, isWellFormedToken, newToken } from "./tokens";

export type AdminIdentity = { id: string; email: string };

/** Absolute session lifetime: a session is never extended, so a stolen cookie is useful for at most this long. */
export const ADMIN_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** A session unused this long has ended too (a laptop left signed in). */
export const ADMIN_SESSION_IDLE_MS = 30 * 60 * 1000;
/** lastSeenAt moves forward at most this often, so reading pages does not write on every request. */
const SEEN_RESOLUTION_MS = 60 * 1000;

/** Starts a session for an admin; returns the cookie value (only its SHA-256 is stored). */
export async function createAdminSession(adminUserId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ADMIN_SESSION_TTL_MS);
  await db().$transaction([
    // Expired sessions are swept here rather than by a scheduler: sign-ins are rare and this keeps the table small.
    db().adminSession.deleteMany({ where: { expiresAt: { lte: now } } }),
    db().adminSession.create({ data: { tokenHash: hashToken(token), adminUserId, expiresAt, lastSeenAt: now } }),
    db().adminUser.update({ where: { id: adminUserId }, data: { lastLoginAt: now } }),
  ]);
  return { token, expiresAt };
}

/** The admin a session cookie belongs to, or null when the cookie is malformed, unknown, expired or idle too long. */
export async function findAdminBySessionToken(token: string | undefined, now = new Date()): Promise<AdminIdentity | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const session = await db().adminSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, expiresAt: true, lastSeenAt: true, adminUser: { select: { id: true, email: true } } },
  });
  if (!session || session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() >= ADMIN_SESSION_IDLE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_RESOLUTION_MS) {
    await db().adminSession.updateMany({ where: { id: session.id, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } });
  }
  return session.adminUser;
}

/** Ends a session (sign-out); unknown tokens are ignored. */
export async function deleteAdminSession(token: string | undefined): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await db().adminSession.deleteMany({ where: { tokenHash: hashToken(token) } });
}
