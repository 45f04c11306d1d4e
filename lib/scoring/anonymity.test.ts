import { describe, expect, it } from "vitest";
import { suppressGroups } from "./anonymity";

describe("suppressGroups (threshold 5)", () => {
  it.each([
    { counts: [10, 20, 30], expected: [null, null, null], why: "nothing small: nothing hidden" },
    { counts: [3, 20, 10], expected: ["below-threshold", null, "complementary"], why: "a lone small group takes the next-smallest with it" },
    { counts: [3, 10, 10], expected: ["below-threshold", "complementary", null], why: "ties go to the group listed first" },
    { counts: [2, 4, 30, 40], expected: ["below-threshold", "below-threshold", null, null], why: "two hidden groups holding 6 ≥ 5 are enough" },
    { counts: [1, 1, 30, 40], expected: ["below-threshold", "below-threshold", "complementary", null], why: "two hidden groups holding 2 < 5 are not" },
    { counts: [4, 9], expected: ["below-threshold", "complementary"], why: "with two groups both go" },
    { counts: [4], expected: ["below-threshold"], why: "nothing left to add" },
    { counts: [5, 6], expected: [null, null], why: "the threshold itself is shown" },
  ])("$why: $counts", ({ counts, expected }) => {
    expect(suppressGroups(counts, 5)).toEqual(expected);
  });

  it("without a total shown, only the small groups are hidden", () => {
    expect(suppressGroups([3, 20, 10], 5, { totalShown: false })).toEqual(["below-threshold", null, null]);
  });

  it("counts groups already hidden for another reason, and keeps their reason", () => {
    expect(suppressGroups([30, 3, 40], 5, { forced: ["complementary", null, null] })).toEqual([
      "complementary",
      "below-threshold",
      null,
    ]);
    expect(suppressGroups([30, 8, 40], 5, { forced: ["below-threshold", null, null] })).toEqual([
      "below-threshold",
      "complementary",
      null,
    ]);
  });
});
