import { describe, expect, it } from "vitest";
import { PART_B_IDS, ResponseAnswersSchema } from "@/lib/instrument";
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
});
