import { describe, expect, it } from "vitest";
import { buildAnswers } from "@/lib/instrument/fixtures";
import { instrument } from "@/lib/instrument";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "@/lib/db/client";
import { createDraft, saveDraftStep } from "@/lib/db/drafts";
import { completeDraft } from "./submit";

withMigratedDatabase();

async function fullDraft(pick: "best" | "worst" = "best") {
  const answers = buildAnswers(pick);
  const { id, resumeToken } = await createDraft();
  for (const [index, section] of instrument.sections.entries()) {
    const sectionAnswers = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]!]));
    expect(await saveDraftStep(resumeToken, section, sectionAnswers, index + 1)).toBe("saved");
  }
  return { id, resumeToken };
}

describe("completeDraft", () => {
  it("stores the response, its score and a report in one go", async () => {
    const { id, resumeToken } = await fullDraft("best");
    const outcome = await completeDraft(resumeToken);
    expect(outcome.status).toBe("completed");
    const row = await db().response.findUniqueOrThrow({
      where: { id },
      select: { status: true, industry: true, score: { select: { overall: true } }, report: { select: { token: true } } },
    });
    expect(row).toMatchObject({ status: "COMPLETED", score: { overall: 100 } });
    expect(outcome.status === "completed" && outcome.reportToken).toBe(row.report?.token);
  });

  it("completes once however many times it is called at once", async () => {
    const { id, resumeToken } = await fullDraft("worst");
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => completeDraft(resumeToken)));
    const tokens = new Set(outcomes.map((o) => (o.status === "completed" ? o.reportToken : o.status)));
    expect(tokens.size).toBe(1);
    expect(await db().report.count({ where: { responseId: id } })).toBe(1);
    expect(await db().score.count({ where: { responseId: id } })).toBe(1);
  });

  it("refuses an incomplete draft, names the missing answers and changes nothing", async () => {
    const { id, resumeToken } = await createDraft();
    const outcome = await completeDraft(resumeToken);
    expect(outcome.status).toBe("invalid");
    if (outcome.status === "invalid") expect(outcome.issues.map((i) => i.path[0])).toContain("a.profile.role");
    const row = await db().response.findUniqueOrThrow({ where: { id }, select: { status: true, score: true, report: true } });
    expect(row).toEqual({ status: "DRAFT", score: null, report: null });
  });

  it("does not know a made-up token", async () => {
    expect(await completeDraft("x".repeat(43))).toEqual({ status: "not-found" });
  });
});
