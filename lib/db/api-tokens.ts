import "server-only";
import type { AdminIdentity } from "./admin-sessions";
import { db } from "./client";
import { hashToken, newToken } from "./tokens";

/** Admin API tokens carry a recognisable prefix so a leaked one is easy to spot in logs and secret scanners. */
export const API_TOKEN_PREFIX = "dmi_";
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

export type ApiTokenSummary = {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  scope: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Who a token acts for, and what it may do. */
export type ApiTokenIdentity = AdminIdentity & { scope: string };

const summaryColumns = {
  id: true,
  name: true,
  prefix: true,
  createdBy: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

function isWellFormedApiToken(token: string): boolean {
  return /^dmi_[A-Za-z0-9_-]{43}$/.test(token);
}

/** Creates a token; the returned `token` is the only time it exists in clear. */
export async function createApiToken(
  name: string,
  owner: AdminIdentity,
  options: { scope: string; expiresAt: Date },
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const summary = await db().apiToken.create({
    data: {
      name,
      createdBy: owner.email,
      ownerId: owner.id,
      scope: options.scope,
      expiresAt: options.expiresAt,
      tokenHash: hashToken(token),
      prefix: token.slice(0, SHOWN_PREFIX_LENGTH),
    },
    select: summaryColumns,
  });
  return { token, summary };
}

/** Every token, newest first (revoked ones too, so the list shows what was revoked and when). */
export async function listApiTokens(): Promise<ApiTokenSummary[]> {
  return db().apiToken.findMany({ orderBy: { createdAt: "desc" }, select: summaryColumns });
}

/** Revokes a token; returns false when no active token has that id. */
export async function revokeApiToken(id: string, now = new Date()): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}

/**
 * The identity behind a bearer token, or null for a malformed, unknown, revoked or expired one. Records the use.
 * The identity is the token (id) acting for its owner (the owner's email today) with the token's scope.
 */
export async function findAdminByApiToken(token: string, now = new Date()): Promise<ApiTokenIdentity | null> {
  if (!isWellFormedApiToken(token)) return null;
  const used = await db().apiToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), revokedAt: null, expiresAt: { gt: now } },
    data: { lastUsedAt: now },
    select: { id: true, scope: true, ownerId: true },
  });
  const row = used[0];
  if (!row) return null;
  const owner = await db().adminUser.findUnique({ where: { id: row.ownerId }, select: { email: true } });
  return owner ? { id: row.id, email: owner.email, scope: row.scope } : null;
}
