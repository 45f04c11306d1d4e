import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { instrument } from "@/lib/instrument";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores } from "@/tests/support/peer-population";
import { answerTallyCells, rebuiltAnswerTallyCells } from "@/tests/support/answer-tallies";
import { db } from "@/lib/db/client";
import { createDraft, saveDraftStep } from "@/lib/db/drafts";
import { hashToken } from "@/lib/db/tokens";
import { submitResponse } from "./api-submission";
import { completeDraft, storeCompletedResponse } from "./submit";

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
      select: { status: true, industry: true, score: { select: { overall: true } }, report: { select: { tokenHash: true } } },
    });
    expect(row).toMatchObject({ status: "COMPLETED", score: { overall: 100 } });
    if (outcome.status !== "completed") throw new Error(outcome.status);
    expect(row.report?.tokenHash).toBe(hashToken(outcome.reportToken));
  });

  it("gives the same report link again to the browser that submitted, derived from its resume token", async () => {
    const { resumeToken } = await fullDraft("best");
    const first = await completeDraft(resumeToken);
    const later = await completeDraft(resumeToken);
    if (first.status !== "completed") throw new Error(first.status);
    expect(later).toEqual(first);
    expect(first.reportToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("says a draft submitted before report links were hashed is submitted, without a link it cannot know", async () => {
    const { id, resumeToken } = await fullDraft("best");
    expect((await completeDraft(resumeToken)).status).toBe("completed");
    // As the report_token_hash migration leaves an older report: its token's hash, no salt.
    await db().report.update({ where: { responseId: id }, data: { tokenSalt: null } });
    expect(await completeDraft(resumeToken)).toEqual({ status: "submitted" });
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

  it("completes drafts among API submissions arriving together, keeping each draft's own start", async () => {
    const drafts = await Promise.all([fullDraft("best"), fullDraft("worst"), fullDraft("best")]);
    const started = await db().response.findMany({ where: { id: { in: drafts.map((d) => d.id) } }, select: { id: true, startedAt: true } });
    const now = new Date("2026-11-30T12:00:00.000Z");
    const outcomes = await Promise.all([
      ...drafts.map((draft) => completeDraft(draft.resumeToken, now)),
      ...drafts.map((_, i) => submitResponse({ answers: buildAnswers(i % 2 ? "worst" : "best"), now })),
    ]);
    expect(outcomes.slice(0, 3).map((outcome) => outcome.status)).toEqual(["completed", "completed", "completed"]);
    expect(outcomes.slice(3).map((outcome) => outcome.status)).toEqual(["created", "created", "created"]);
    for (const { id, startedAt } of started) {
      const row = await db().response.findUniqueOrThrow({
        where: { id },
        select: {
          status: true,
          startedAt: true,
          completedAt: true,
          resumeTokenHash: true,
          region: true,
          salesModel: true,
          score: { select: { region: true, salesModel: true } },
          report: { select: { id: true } },
        },
      });
      expect(row).toMatchObject({ status: "COMPLETED", startedAt, completedAt: now, report: { id: expect.any(String) } });
      expect(row.region).not.toBeNull();
      expect(row.score).toEqual({ region: row.region, salesModel: row.salesModel });
      expect(row.resumeTokenHash).not.toBeNull();
    }
  });

  it("does not bring back a draft deleted before its write", async () => {
    const draftId = randomUUID();
    expect(await storeCompletedResponse({ answers: buildAnswers("best"), draftId, now: new Date() })).toBeNull();
    expect(await db().response.count({ where: { id: draftId } })).toBe(0);
  });

  it("does not know a made-up token", async () => {
    expect(await completeDraft("x".repeat(43))).toEqual({ status: "not-found" });
  });

  it("leaves the ScoreHistogram and AnswerTally aggregates equal to a recount after completing drafts", async () => {
    const { stored, expected } = await compareAggregateWithScores();
    expect(stored).toEqual(expected);
    const maintained = await answerTallyCells();
    expect(maintained.length).toBeGreaterThan(50);
    expect(await rebuiltAnswerTallyCells()).toEqual(maintained);
  });
});
