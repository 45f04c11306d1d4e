// Helpers for the /api/v1 specs: a valid submission body, the stored row behind an idempotency key, an admin token.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { INSTRUMENT_VERSION, PART_A_IDS } from "@/lib/instrument";
import { buildAnswers, type AnswerPick } from "@/tests/support/answer-fixtures";
import { queryE2eDatabase } from "./database";

export function submissionBody(pick: AnswerPick = "middle", overrides: Record<string, unknown> = {}) {
  return { instrumentVersion: INSTRUMENT_VERSION, answers: { ...buildAnswers(pick), ...overrides } };
}

export const profileOverrides = (industry: string, region: string) => ({ [PART_A_IDS.industry]: industry, [PART_A_IDS.region]: region });

export function submit(request: APIRequestContext, body: unknown, headers: Record<string, string> = {}) {
  return request.post("/api/v1/responses", { data: body as object, headers: { "content-type": "application/json", ...headers } });
}

export const newKey = () => randomUUID();

/** Rows stored under an Idempotency-Key (the column holds its namespaced SHA-256). */
export async function rowsForKey(key: string): Promise<number> {
  const submitKey = `api:${createHash("sha256").update(key).digest("hex")}`;
  const [row] = await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE "submitKey" = $1`, [submitKey]);
  return row!.n;
}

/**
 * An admin API token as the e2e admin would create it (only its hash stored), for 90 days; `revoked` or `expired`
 * makes one that no longer works, `scope` "read" one that may not erase.
 */
export async function adminApiToken({ revoked = false, expired = false, scope = "read-erase" } = {}): Promise<string> {
  const token = `dmi_${randomBytes(32).toString("base64url")}`;
  await queryE2eDatabase(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, "createdBy", "ownerId", scope, "expiresAt", "revokedAt")
     SELECT $1, 'e2e', $2, $3, email, id, $4, now() + ($5 || ' days')::interval, $6 FROM "AdminUser" WHERE email = 'admin@e2e.example'`,
    [randomUUID(), createHash("sha256").update(token).digest("hex"), token.slice(0, 10), scope, expired ? "-1" : "90", revoked ? new Date() : null],
  );
  return token;
}
