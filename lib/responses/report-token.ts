// Report links are stored only as the SHA-256 of their token (docs/decisions/020-report-tokens-hashed.md). A submitter
// who holds a secret — the browser's resume token, the API client's Idempotency-Key — gets a token derived from that
// secret and a random salt stored with the report, so a double submit, a reload of /survey or an idempotent retry can
// be answered with the same link again, while the database holds neither the token nor the secret.
import "server-only";
import type { StoredReportLink } from "@/lib/db/reports";
import { hashToken, newToken, tokenFromSecret } from "@/lib/db/tokens";

export type IssuedReportLink = StoredReportLink & { token: string };

/** A new report link; with the submitter's secret, one that secret can recover later (reissueReportLink). */
export function issueReportLink(submitterSecret?: string): IssuedReportLink {
  if (submitterSecret === undefined) {
    const token = newToken();
    return { token, tokenHash: hashToken(token), tokenSalt: null };
  }
  const tokenSalt = newToken();
  const token = tokenFromSecret(submitterSecret, tokenSalt);
  return { token, tokenHash: hashToken(token), tokenSalt };
}

/**
 * The report's token again, for the holder of the secret it was issued to; null for anyone else, and for links
 * issued at random (by the seed, or before report links were hashed: those cannot be recovered from the database).
 */
export function reissueReportLink(stored: StoredReportLink | null, submitterSecret: string): string | null {
  if (!stored?.tokenSalt) return null;
  const token = tokenFromSecret(submitterSecret, stored.tokenSalt);
  return hashToken(token) === stored.tokenHash ? token : null;
}
