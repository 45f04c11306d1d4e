import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "@/lib/db/client";
import { findDraftsByContact } from "@/lib/db/admin-drafts";
import { createDraft, findDraft } from "@/lib/db/drafts";
import { purgeExpiredDrafts } from "./purge-drafts";

withMigratedDatabase();

const now = new Date("2026-12-02T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

async function draftSavedAt(savedAt: Date, answers: Record<string, unknown> = {}) {
  const { id, resumeToken } = await createDraft();
  await db().$executeRaw`UPDATE "Response" SET "updatedAt" = ${savedAt}, answers = ${JSON.stringify(answers)}::jsonb WHERE id = ${id}::uuid`;
  return { id, resumeToken };
}

describe("abandoned drafts", () => {
  it("are deleted once their last save is older than the retention; newer drafts and completed responses stay", async () => {
    const old = await draftSavedAt(daysAgo(31));
    const edge = await draftSavedAt(daysAgo(29));
    await db().$executeRaw`UPDATE "Response" SET status = 'COMPLETED', "completedAt" = ${daysAgo(40)} WHERE id = ${(await draftSavedAt(daysAgo(40))).id}::uuid`;
    const completedBefore = await db().response.count({ where: { status: "COMPLETED" } });
    expect(await purgeExpiredDrafts(now, 30)).toBe(1);
    expect(await findDraft(old.resumeToken)).toBeNull();
    expect(await findDraft(edge.resumeToken)).not.toBeNull();
    expect(await db().response.count({ where: { status: "COMPLETED" } })).toBe(completedBefore);
    expect(await purgeExpiredDrafts(now, 30)).toBe(0);
  });

  it("can be found by the email, name or company typed into them, for an erasure request", async () => {
    const { id } = await draftSavedAt(daysAgo(1), { "a.contact.email": "Ada.Lovelace@Example.com", "a.contact.company-name": "Analytical Engines Ltd" });
    await draftSavedAt(daysAgo(1), { "a.contact.email": "someone@else.example" });
    expect((await findDraftsByContact("ada.lovelace", 10)).map((draft) => draft.id)).toEqual([id]);
    expect((await findDraftsByContact("analytical", 10))[0]).toMatchObject({ id, email: "Ada.Lovelace@Example.com", companyName: "Analytical Engines Ltd" });
    expect(await findDraftsByContact("100%_", 10)).toEqual([]); // LIKE wildcards are taken literally
  });
});
