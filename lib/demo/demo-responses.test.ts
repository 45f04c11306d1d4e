import { describe, expect, it } from "vitest";
import { PART_B_IDS, PIPELINE_QUESTION_ID, ResponseAnswersSchema, type PipelineAnswer } from "@/lib/instrument";
import { demoResponses } from "./demo-responses";
import { seededRandom } from "./random";

const now = new Date("2026-06-01T00:00:00Z");

describe("demo responses", () => {
  const responses = demoResponses(seededRandom(42), 400, now);

  it("are valid complete responses for the current instrument", () => {
    for (const { answers } of responses) {
      const result = ResponseAnswersSchema.safeParse(answers);
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    }
  });

  it("are the same for the same seed and differ for another", () => {
    expect(demoResponses(seededRandom(42), 5, now)).toEqual(responses.slice(0, 5));
    expect(demoResponses(seededRandom(7), 5, now)).not.toEqual(responses.slice(0, 5));
  });

  it("complete in the past, after they started", () => {
    for (const { startedAt, completedAt } of responses) {
      expect(completedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(startedAt.getTime()).toBeLessThan(completedAt.getTime());
    }
  });

  it("tie better answers to better numbers (win rate rises with agreement)", () => {
    const strong = (a: Record<string, unknown>) =>
      Object.values(a).filter((v) => v === "strongly-agree" || v === "agree").length;
    const winRate = (a: Record<string, unknown>) => {
      const won = Number(a[PART_B_IDS.wonCount]);
      const lost = Number(a[PART_B_IDS.lostCount]);
      return won / Math.max(1, won + lost);
    };
    const sorted = [...responses].sort((x, y) => strong(x.answers) - strong(y.answers));
    const mean = (rs: typeof responses) => rs.reduce((s, r) => s + winRate(r.answers), 0) / rs.length;
    expect(mean(sorted.slice(-100))).toBeGreaterThan(mean(sorted.slice(0, 100)) + 0.05);
  });

  it("give pipelines that agree with the sales numbers: the open deals, and a target near a quarter's won revenue", () => {
    const withPipeline = responses.filter(({ answers }) => answers[PIPELINE_QUESTION_ID] !== undefined);
    expect(withPipeline.length).toBeGreaterThan(60);
    for (const { answers } of withPipeline) {
      const { stages, target } = answers[PIPELINE_QUESTION_ID] as PipelineAnswer;
      expect(stages.reduce((sum, stage) => sum + stage.count, 0)).toBe(answers[PART_B_IDS.openCount]);
      const openValue = Number(answers[PART_B_IDS.openValue]);
      expect(Math.abs(stages.reduce((sum, stage) => sum + stage.value, 0) - openValue)).toBeLessThanOrEqual(300);
      const quarterWon = Number(answers[PART_B_IDS.wonValue]) / 4;
      expect(target).toBeGreaterThanOrEqual(Math.min(1000, quarterWon) - 500);
      expect(target).toBeLessThanOrEqual(Math.max(1000, 1.4 * quarterWon) + 500);
    }
  });
});
