// The summary's "Answers to check" list: every agreement pair has a headline, and the report lists exactly the
// tensions its detailed analysis printed, in reading order.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { scoreResponse } from "@/lib/scoring";
import { personaAnswers } from "@/tests/support/personas";
import { isAnswerTension } from "./agreements";
import { buildReport } from "./build-report";
import { ReportDocumentSchema } from "./document";
import { AGREEMENT_PAIRS } from "./narratives/agreement-pairs";

describe("the agreement pairs' headlines", () => {
  it.each(AGREEMENT_PAIRS.map((pair) => [pair.id, pair] as const))("%s has one short, figure-free line", (_, pair) => {
    expect(pair.headline.trim().length, pair.id).toBeGreaterThan(20);
    expect(pair.headline.length, pair.id).toBeLessThanOrEqual(140);
    expect(pair.headline, pair.id).not.toMatch(/[\d{}[\]\n]/);
    expect(pair.headline, pair.id).toMatch(/\.$/);
    expect(pair.headline, pair.id).not.toMatch(/\b(the|your) CRM\b/);
  });

  it("are all different", () => {
    expect(new Set(AGREEMENT_PAIRS.map((pair) => pair.headline)).size).toBe(AGREEMENT_PAIRS.length);
  });
});

describe("the report's tensions", () => {
  it("list the tension paragraphs printed, in reading order (the inside services persona)", () => {
    const answers = personaAnswers("services-inside");
    const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: null });
    const printed = [...report.detailed, ...report.personal.sections]
      .flatMap((s) => s.paragraphs)
      .filter((p) => isAnswerTension(p.key))
      .map((p) => ({ pair: p.key.slice("agreement:".length), where: p.questionId }));
    expect(printed.length).toBeGreaterThan(0);
    expect(report.tensions?.map(({ pair, where }) => ({ pair, where }))).toEqual(printed);
    const byId = new Map(AGREEMENT_PAIRS.map((pair) => [pair.id, pair.headline]));
    for (const t of report.tensions ?? []) expect(t.headline).toBe(byId.get(t.pair));
    expect(ReportDocumentSchema.parse(report).tensions).toEqual(report.tensions);
  });

  it("are optional, so a stored 2026.1 report still parses", () => {
    const stored = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/report-2026.1.json"), "utf8")) as unknown;
    const parsed = ReportDocumentSchema.parse(stored);
    expect(parsed.tensions).toBeUndefined();
  });
});
