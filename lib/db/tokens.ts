import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A private link token: 256 random bits, URL-safe. Only its hash is stored where the token is a credential. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Tokens we issue are 43 base64url characters; anything else is rejected before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
