import { describe, expect, it } from "vitest";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { ResponseAnswersSchema, instrument, type Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { submitResponse } from "./api-submission";
import { db } from "@/lib/db/client";
import { createDraft, saveDraftStep } from "@/lib/db/drafts";
import { hashToken } from "@/lib/db/tokens";
import { completeDraft } from "./submit";

withMigratedDatabase();

const answers = (pick: "best" | "worst" | "middle" = "middle"): Answers => ResponseAnswersSchema.parse(buildAnswers(pick));
const stored = (responseId: string) =>
  db().response.findUniqueOrThrow({
    where: { id: responseId },
    select: { status: true, submitKey: true, score: { select: { overall: true, personalIndex: true } }, report: { select: { tokenHash: true } } },
  });

describe("submitResponse", () => {
  it("stores a completed response with its score and report, like the browser path", async () => {
    const outcome = await submitResponse({ answers: answers("best") });
    if (outcome.status !== "created") throw new Error(outcome.status);
    const row = await stored(outcome.submission.responseId);
    expect(row).toMatchObject({ status: "COMPLETED", submitKey: null, score: { overall: 100 } });
    expect(row.report?.tokenHash).toBe(hashToken(outcome.submission.reportToken));
    expect(outcome.submission.scores.overall).toBe(100);
  });

  it("returns the first result for a retried key and stores nothing new", async () => {
    const first = await submitResponse({ answers: answers(), idempotencyKey: "retry-key-1" });
    const second = await submitResponse({ answers: answers(), idempotencyKey: "retry-key-1" });
    expect(first.status).toBe("created");
    expect(second.status).toBe("replayed");
    if (!("submission" in first) || !("submission" in second)) throw new Error("not stored");
    // The same report link, although only its hash is stored: it is derived again from the key.
    expect(second.submission).toEqual(first.submission);
    expect((await stored(first.submission.responseId)).report?.tokenHash).toBe(hashToken(first.submission.reportToken));
    expect(await db().response.count({ where: { id: first.submission.responseId } })).toBe(1);
    expect((await stored(first.submission.responseId)).submitKey).toMatch(/^api:[0-9a-f]{64}$/);
  });

  it("stores one response when the same key arrives many times at once", async () => {
    const before = await db().response.count();
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => submitResponse({ answers: answers("worst"), idempotencyKey: "burst-key" })));
    const ids = new Set(outcomes.map((o) => ("submission" in o ? o.submission.responseId : o.status)));
    expect(ids.size).toBe(1);
    expect(outcomes.filter((o) => o.status === "created")).toHaveLength(1);
    expect(await db().response.count()).toBe(before + 1);
  });

  it("answers with the report's peer numbers, the first time and on a retry", async () => {
    for (let i = 0; i < 6; i++) await submitResponse({ answers: answers(i % 2 ? "best" : "worst") });
    const first = await submitResponse({ answers: answers("middle"), idempotencyKey: "peer-numbers-key" });
    const again = await submitResponse({ answers: answers("middle"), idempotencyKey: "peer-numbers-key" });
    if (first.status !== "created" || again.status !== "replayed") throw new Error("not stored");
    const report = await db().report.findFirstOrThrow({ where: { responseId: first.submission.responseId }, select: { document: true } });
    const peerNumbers = first.submission.peers.peerNumbers;
    expect(peerNumbers?.rows.length).toBeGreaterThan(0);
    expect(peerNumbers).toEqual((report.document as ReportDocument).executive.peerNumbers);
    expect(again.submission.peers.peerNumbers).toEqual(peerNumbers);
  });

  it("gives other keys other links, and no key a link nobody can be given again", async () => {
    const [one, two, keyless] = await Promise.all([
      submitResponse({ answers: answers(), idempotencyKey: "link-key-1" }),
      submitResponse({ answers: answers(), idempotencyKey: "link-key-2" }),
      submitResponse({ answers: answers() }),
    ]);
    if (one.status !== "created" || two.status !== "created" || keyless.status !== "created") throw new Error("not stored");
    expect(new Set([one, two, keyless].map((outcome) => outcome.submission.reportToken)).size).toBe(3);
    const salted = await db().report.findMany({
      where: { responseId: { in: [one, two, keyless].map((outcome) => outcome.submission.responseId) } },
      select: { responseId: true, tokenSalt: true },
    });
    expect(salted.find((report) => report.responseId === keyless.submission.responseId)?.tokenSalt).toBeNull();
    expect(salted.filter((report) => report.tokenSalt !== null)).toHaveLength(2);
  });

  it("cannot give again the link of a key used before report links were hashed, and says so", async () => {
    const first = await submitResponse({ answers: answers("best"), idempotencyKey: "before-hashing" });
    if (first.status !== "created") throw new Error(first.status);
    // As the report_token_hash migration leaves an older report: its token's hash, no salt.
    await db().report.update({ where: { responseId: first.submission.responseId }, data: { tokenSalt: null } });
    expect(await submitResponse({ answers: answers("best"), idempotencyKey: "before-hashing" })).toEqual({ status: "link-not-recoverable" });
  });

  it("refuses a key reused for different answers", async () => {
    await submitResponse({ answers: answers("best"), idempotencyKey: "reused-key" });
    expect(await submitResponse({ answers: answers("worst"), idempotencyKey: "reused-key" })).toEqual({ status: "key-reused" });
  });

  it("scores the same answers the same as a draft completed through the browser path", async () => {
    const same = answers("middle");
    const { resumeToken } = await createDraft();
    for (const [index, section] of instrument.sections.entries()) {
      const sectionAnswers = Object.fromEntries(section.questions.filter((q) => q.id in same).map((q) => [q.id, same[q.id]!]));
      await saveDraftStep(resumeToken, section, sectionAnswers, index + 1);
    }
    const browser = await completeDraft(resumeToken);
    const api = await submitResponse({ answers: same });
    if (browser.status !== "completed" || api.status !== "created") throw new Error("not stored");
    const scoreOf = (where: object) =>
      db().score.findFirstOrThrow({
        where,
        select: { overall: true, valueIndex: true, numberIndex: true, winRateIndex: true, salesCycleIndex: true, personalIndex: true, sectionScores: true },
      });
    expect(await scoreOf({ responseId: api.submission.responseId })).toEqual(await scoreOf({ response: { report: { tokenHash: hashToken(browser.reportToken) } } }));
  });
});
