import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import { scoreResponse } from "@/lib/scoring";
import { personaAnswers } from "@/tests/support/personas";
import { reportCaseArbitrary } from "@/tests/support/report-arbitraries";
import { KNOWN_HEDGES } from "@/tests/support/report-lint-agreements";
import { disagreeingPairs, inDisagreement, planAgreements } from "./agreements";
import { buildReport } from "./build-report";
import { AGREEMENT_PAIRS } from "./narratives/agreement-pairs";
import { allTemplates } from "./narratives/template-text";

/** Part C then Part D, each in survey order: the order a reader meets the answers in. */
const readingOrder = ["C", "D"].flatMap((part) =>
  instrument.sections.filter((s) => s.part === part).flatMap((s) => s.questions.filter((q): q is ChoiceQuestion => q.kind === "choice")),
);
const position = (id: string) => readingOrder.findIndex((q) => q.id === id);

const RETENTION_BROKEN: Answers = { "c.retention.retention-rate": "strongly-agree", "c.retention.renewal-rate": "strongly-disagree" };
const nothingTaken = () => false;

describe("the agreement table", () => {
  it.each(AGREEMENT_PAIRS.map((pair) => [pair.id, pair] as const))("%s names real answers, first question first", (_, pair) => {
    for (const side of [pair.first, pair.second]) {
      const question = readingOrder.find((q) => q.id === side.question);
      expect(question, side.question).toBeDefined();
      const codes = question!.options.map((o) => o.value);
      for (const answer of side.answers) expect(codes).toContain(answer);
    }
    expect(position(pair.first.question)).toBeLessThan(position(pair.second.question));
  });

  it("has unique ids and never names the CRM as if the company had one", () => {
    expect(new Set(AGREEMENT_PAIRS.map((p) => p.id)).size).toBe(AGREEMENT_PAIRS.length);
    for (const pair of AGREEMENT_PAIRS) expect(pair.text, pair.id).not.toMatch(/\b(the|your) CRM\b/);
  });

  it("lists only hedges the library still prints somewhere", () => {
    const texts = allTemplates().map((entry) => entry.text);
    for (const { phrase } of KNOWN_HEDGES) expect(texts.some((text) => text.includes(phrase)), phrase).toBe(true);
  });
});

describe("planAgreements", () => {
  it("prints the tension at the first question and a pointer at the second", () => {
    const plan = planAgreements(RETENTION_BROKEN, nothingTaken);
    expect(plan.get("c.retention.retention-rate")?.key).toBe("agreement:retention-high-renewal-low");
    expect(plan.get("c.retention.renewal-rate")?.key).toBe("agreement-see:retention-high-renewal-low");
    expect(plan.get("c.retention.renewal-rate")?.template).toMatch(/how many customers stay, above/);
  });

  it("prints nothing when the answers agree", () => {
    expect(planAgreements({ ...RETENTION_BROKEN, "c.retention.renewal-rate": "agree" }, nothingTaken).size).toBe(0);
    expect(disagreeingPairs({})).toEqual([]);
  });

  it("moves the tension to the second question when a perception gap holds the first, and drops it when both are held", () => {
    const gapAtFirst = planAgreements(RETENTION_BROKEN, (id) => id === "c.retention.retention-rate");
    expect([...gapAtFirst]).toEqual([["c.retention.renewal-rate", expect.objectContaining({ key: "agreement:retention-high-renewal-low" })]]);
    expect(planAgreements(RETENTION_BROKEN, () => true).size).toBe(0);
  });

  it("places several pairs on one question in table order, each at its first free question", () => {
    const answers = { "c.process.mapped-to-buyer": "strongly-disagree", "c.process.followed-by-sellers": "agree", "d.engagement.follow-process": "always" };
    const plan = planAgreements(answers, nothingTaken);
    expect(Object.fromEntries([...plan].map(([id, p]) => [id, p.key]))).toEqual({
      "c.process.mapped-to-buyer": "agreement:process-none-but-followed",
      "c.process.followed-by-sellers": "agreement-see:process-none-but-followed",
      "d.engagement.follow-process": "agreement:process-none-but-you-follow",
    });
  });

  it("says which questions are in a disagreement", () => {
    expect(inDisagreement("c.retention.renewal-rate", RETENTION_BROKEN)).toBe(true);
    expect(inDisagreement("c.retention.expand-accounts", RETENTION_BROKEN)).toBe(false);
  });
});

describe("a report whose answers disagree (the inside services persona)", () => {
  const answers = personaAnswers("services-inside");
  const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: null });
  const paragraphs = [...report.detailed, ...report.personal.sections].flatMap((s) => s.paragraphs);
  const keyOf = (id: string) => paragraphs.find((p) => p.questionId === id)?.key;

  it("prints one tension per broken pair and keeps every question-and-answer line", () => {
    expect(keyOf("c.retention.retention-rate")).toBe("agreement:retention-high-renewal-low");
    expect(keyOf("c.retention.renewal-rate")).toBe("agreement-see:retention-high-renewal-low");
    expect(keyOf("c.social.prospecting")).toBe("agreement:social-voice-without-prospecting");
    expect(keyOf("d.engagement.follow-process")).toBe("agreement-see:process-defined-never-followed");
    expect(paragraphs.find((p) => p.questionId === "c.retention.renewal-rate")?.answer).toBe("Strongly disagree");
  });

  it("keeps no answer that another answer contradicts", () => {
    const kept = report.executive.actions.filter((a) => a.kind === "KEEP").map((a) => a.questionId);
    expect(kept).not.toContain("c.process.mapped-to-buyer");
    for (const id of kept) expect(inDisagreement(id, answers), id).toBe(false);
  });
});

describe("the generated responses of the report lint", () => {
  // The same 1,000 responses as lib/report/report-lint.test.ts: enough of them must break each pair for the lint's
  // "no two contradicting paragraphs" to mean something.
  const cases = fc.sample(reportCaseArbitrary, { numRuns: 1_000, seed: 20_261_201 });
  const broken = cases.map((c) => disagreeingPairs(c.answers));

  it("break at least one documented pair in most reports, and every pair many times", () => {
    expect(broken.filter((pairs) => pairs.length > 0).length).toBeGreaterThan(500);
    for (const pair of AGREEMENT_PAIRS) expect(broken.filter((pairs) => pairs.includes(pair)).length, pair.id).toBeGreaterThanOrEqual(30);
  });
});
