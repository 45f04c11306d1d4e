// What the fuzzer needs in the scratch database before it starts: an admin with a session (so the admin actions and
// routes are fuzzed past the sign-in check), an API token that a bad revoke must leave alone, and completed
// responses that a bad erasure must leave alone. Written with SQL, as an admin's sign-in and the API would.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { ADMIN_SESSION_COOKIE } from "../../lib/auth/session-cookie";
import { validSubmission } from "./common";
import type { AppUnderTest } from "./server";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function fuzzFixtures(app: AppUnderTest): Promise<{ sessionCookie: string }> {
  const adminId = randomUUID();
  const session = randomBytes(32).toString("base64url");
  // The password hash is not a valid one: nobody signs in as this admin, the fuzzer only uses its session.
  await app.query(`INSERT INTO "AdminUser" (id, email, "passwordHash") VALUES ($1, $2, 'not-a-password-hash')`, [adminId, `fuzz-${adminId}@reliability.invalid`]);
  await app.query(`INSERT INTO "AdminSession" (id, "tokenHash", "adminUserId", "expiresAt") VALUES ($1, $2, $3, now() + interval '1 day')`, [randomUUID(), sha256(session), adminId]);
  await app.query(
    `INSERT INTO "ApiToken" (id, name, "tokenHash", prefix, "createdBy", "ownerId", scope, "expiresAt") VALUES ($1, 'fuzz', $2, 'fuzz', 'fuzz', $3, 'read-erase', now() + interval '1 day')`,
    [randomUUID(), sha256(randomBytes(32).toString("base64url")), adminId],
  );
  for (const seed of [1, 2]) {
    const response = await fetch(`${app.baseUrl}/api/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(validSubmission(seed)) });
    if (response.status !== 201) throw new Error(`fixture submission answered ${response.status}: ${await response.text()}`);
  }
  return { sessionCookie: `${ADMIN_SESSION_COOKIE}=${session}` };
}
