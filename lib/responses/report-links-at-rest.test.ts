// After submissions by the browser form and by the API (with and without an Idempotency-Key), the database holds no
// report link in plain text, nor the secrets the links were derived from: every row of every table is searched
// (docs/decisions/020-report-tokens-hashed.md). The one exception is a mail to the participant, which must carry their
// link until it is sent (docs/decisions/025-mail.md): the browser's participant agreed to be contacted, so the report
// mail holds that link, and nothing else does once the mail is gone.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { instrument } from "@/lib/instrument";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "@/lib/db/client";
import { createDraft, saveDraftStep } from "@/lib/db/drafts";
import { hashToken } from "@/lib/db/tokens";
import { findReport } from "@/lib/db/reports";
import { deleteMailsCreatedBefore } from "@/lib/db/outbox-mails";
import { submitResponse } from "./api-submission";
import { completeDraft } from "./submit";

withMigratedDatabase();

/** The tables (schema.name) with a row whose text form contains `text`. */
async function tablesHolding(text: string): Promise<string[]> {
  const tables = await db().$queryRaw<{ schema: string; name: string }[]>`
    SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`;
  const holding: string[] = [];
  for (const { schema, name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${schema}"."${name}" AS t WHERE strpos(t::text, $1) > 0`,
      text,
    );
    if (row!.n > 0) holding.push(`${schema}.${name}`);
  }
  return holding;
}

describe("report links at rest", () => {
  it("are stored only as hashes after a submission", async () => {
    const answers = buildAnswers("middle");
    const { resumeToken } = await createDraft();
    for (const [index, section] of instrument.sections.entries()) {
      const sectionAnswers = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]!]));
      await saveDraftStep(resumeToken, section, sectionAnswers, index + 1);
    }
    const browser = await completeDraft(resumeToken);
    const idempotencyKey = `at-rest-${randomBytes(8).toString("hex")}`;
    const keyed = await submitResponse({ answers: buildAnswers("best"), idempotencyKey });
    const keyless = await submitResponse({ answers: buildAnswers("worst") });
    if (browser.status !== "completed" || keyed.status !== "created" || keyless.status !== "created") throw new Error("not stored");
    const tokens = [browser.reportToken, keyed.submission.reportToken, keyless.submission.reportToken];

    // No SMTP_URL here: the report mail is stored in the outbox, the participant's link in it.
    expect(await tablesHolding(browser.reportToken)).toEqual(["public.OutboxMail"]);
    expect(await deleteMailsCreatedBefore(new Date(Date.now() + 60_000), 100)).toBe(1);
    for (const token of tokens) {
      expect(await findReport(token)).not.toBeNull();
      // The search finds what is there (the hash), so finding nothing for the token means something.
      expect(await tablesHolding(hashToken(token))).toEqual(["public.Report"]);
      expect(await tablesHolding(token)).toEqual([]);
    }
    expect(await tablesHolding(resumeToken)).toEqual([]);
    expect(await tablesHolding(idempotencyKey)).toEqual([]);
  });
});
