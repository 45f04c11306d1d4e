import { describe, expect, it } from "vitest";
import { PIPELINE_QUESTION_ID, findQuestion } from "@/lib/instrument";
import { formatAnswer } from "./format-answer";

describe("formatAnswer on the review step", () => {
  it("names the period of the pipeline target", () => {
    const question = findQuestion(PIPELINE_QUESTION_ID)!;
    const answer = { stages: [{ name: "Qualified", count: 4, value: 100, conversionPct: 20 }, { name: "Won", count: 1, value: 50, conversionPct: 100 }], target: 1_000_000 };
    expect(formatAnswer(question, answer)).toBe("2 stages (Qualified → Won); revenue target for next quarter: 1,000,000");
  });
});
