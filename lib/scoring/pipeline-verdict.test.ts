import { describe, expect, it } from "vitest";
import { COVERAGE_THRESHOLDS, coverageLevel, coverageVerdict } from "./pipeline-verdict";

describe("coverage verdicts", () => {
  it("has thresholds from highest to lowest, down to 0, so every ratio has exactly one verdict", () => {
    const from = COVERAGE_THRESHOLDS.map((t) => t.from);
    expect(from).toEqual([...from].sort((a, b) => b - a));
    expect(from.at(-1)).toBe(0);
  });

  it.each<[number, string]>([
    [0, "short"],
    [0.6, "short"],
    [0.99, "short"],
    [1, "enough"],
    [1.2, "enough"],
    [1.49, "enough"],
    [1.5, "well-covered"],
    [3.4, "well-covered"],
  ])("held ÷ needed = %s ⇒ %s", (ratio, level) => {
    expect(coverageLevel(ratio)).toBe(level);
  });

  it.each([
    ["short of a $5,000,000 stage requirement", 3_000_000, 5_000_000, { level: "short", ratio: 0.6, shortfall: 2_000_000, surplus: 0 }],
    ["enough, with $400,000 to spare", 2_400_000, 2_000_000, { level: "enough", ratio: 1.2, shortfall: 0, surplus: 400_000 }],
    ["well covered", 2_000_000, 1_250_000, { level: "well-covered", ratio: 1.6, shortfall: 0, surplus: 750_000 }],
    ["exactly enough", 80, 80, { level: "enough", ratio: 1, shortfall: 0, surplus: 0 }],
  ])("%s", (_, held, needed, verdict) => {
    expect(coverageVerdict(held, needed, ["held", "needed"])).toEqual({ status: "ok", ...verdict });
  });

  it("reads a stage holding exactly target × PVF on paper as enough, not short by $0", () => {
    // 3% conversion and a $30,000 target: 30,000 × (1 ÷ 0.03) is 1,000,000.0000000001 in floating point.
    const needed = 30_000 * (1 / 0.03);
    expect(needed).toBeGreaterThan(1_000_000);
    expect(coverageVerdict(1_000_000, needed, ["held", "needed"])).toMatchObject({ level: "enough", shortfall: 0 });
  });

  it("names the unusable side instead of judging", () => {
    expect(coverageVerdict(null, 100, ["value", "requiredValue"])).toEqual({ status: "not-enough-data", missing: ["value"] });
    expect(coverageVerdict(100, 0, ["value", "requiredValue"])).toEqual({ status: "not-enough-data", missing: ["requiredValue"] });
    expect(coverageVerdict(Number.NaN, -1, ["a", "b"])).toEqual({ status: "not-enough-data", missing: ["a", "b"] });
    expect(coverageVerdict(1e308, Number.MIN_VALUE, ["a", "b"])).toEqual({ status: "not-enough-data", missing: ["a", "b"] });
  });
});
