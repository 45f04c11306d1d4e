import "server-only";
import { createHash, hkdfSync, randomBytes } from "node:crypto";

/** A private link token: 256 random bits, URL-safe. Only its hash is stored where the token is a credential. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A token shaped like newToken's (256 bits, URL-safe) that whoever holds `secret` can be given again without the
 * token being stored: HKDF-SHA256 of that secret with a random `salt` kept beside the token's hash. The salt alone,
 * or the secret alone, gives nothing (docs/decisions/020-report-tokens-hashed.md).
 */
export function tokenFromSecret(secret: string, salt: string): string {
  return Buffer.from(hkdfSync("sha256", secret, salt, "dealmaker-index report link", 32)).toString("base64url");
}

/** Tokens we issue are 43 base64url characters; anything else is rejected before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
