import { describe, expect, it } from "vitest";
import { findSection } from "@/lib/instrument";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { createDraft, findDraft, rotateResumeToken, saveDraftStep } from "./drafts";

withMigratedDatabase();

const numbers = findSection("b.numbers")!;
const contact = findSection("a.contact")!;

describe("drafts", () => {
  it("replaces a section's answers, keeps other sections, and only moves the step forward", async () => {
    const { resumeToken } = await createDraft();
    await saveDraftStep(resumeToken, contact, { "a.contact.name": "Ada" }, 2);
    await saveDraftStep(resumeToken, numbers, { "b.numbers.won-count": 4, "b.numbers.lost-count": 2 }, 3);
    await saveDraftStep(resumeToken, numbers, { "b.numbers.won-count": 5 }, 3);
    await saveDraftStep(resumeToken, contact, { "a.contact.name": "Ada L." }, 2);
    const draft = await findDraft(resumeToken);
    expect(draft?.answers).toEqual({ "a.contact.name": "Ada L.", "b.numbers.won-count": 5 });
    expect(draft?.currentStep).toBe(3);
  });

  it("moves a draft to a new resume token once: the old one then opens and saves nothing", async () => {
    const { id, resumeToken } = await createDraft();
    await saveDraftStep(resumeToken, contact, { "a.contact.name": "Ada" }, 2);
    const rotated = await rotateResumeToken(resumeToken);
    if (!rotated) throw new Error("expected a new token");
    expect(rotated.resumeToken).not.toBe(resumeToken);
    expect(await findDraft(resumeToken)).toBeNull();
    expect(await saveDraftStep(resumeToken, contact, { "a.contact.name": "Mallory" }, 2)).toBe("not-found");
    expect(await rotateResumeToken(resumeToken)).toBeNull();
    expect(await findDraft(rotated.resumeToken)).toMatchObject({ id, answers: { "a.contact.name": "Ada" } });
    expect(await rotateResumeToken("not a token")).toBeNull();
  });

  it("loses nothing when two sections are saved at the same moment", async () => {
    const { resumeToken } = await createDraft();
    await Promise.all([
      saveDraftStep(resumeToken, contact, { "a.contact.name": "Grace" }, 2),
      saveDraftStep(resumeToken, numbers, { "b.numbers.won-count": 9 }, 3),
    ]);
    expect((await findDraft(resumeToken))?.answers).toEqual({ "a.contact.name": "Grace", "b.numbers.won-count": 9 });
  });

  it("does not find malformed or unknown tokens", async () => {
    expect(await findDraft(undefined)).toBeNull();
    expect(await findDraft("short")).toBeNull();
    expect(await findDraft("A".repeat(43))).toBeNull();
    expect(await saveDraftStep("A".repeat(43), contact, {}, 1)).toBe("not-found");
  });
});
