import { describe, expect, it } from "vitest";
import { relativePerformance } from "@/lib/scoring";
import { otherResponses, peersHigher } from "./relative-wording";

const histogram = (scores: number[]) => Array.from({ length: 101 }, (_, score) => scores.filter((s) => s === score).length);

describe("peersHigher", () => {
  it("says how many peers scored higher, as the reference reads 70% relative performance", () => {
    expect(peersHigher(relativePerformance(70, histogram([...Array(7).fill(50), 80, 90, 95]))!)).toBe("30% of your peers scored higher");
  });

  it("never prints 0% or 100% for a share that is neither", () => {
    expect(peersHigher(relativePerformance(10, histogram([...Array(299).fill(5), 60]))!)).toBe("Fewer than 1% of your peers scored higher");
    expect(peersHigher(relativePerformance(10, histogram([...Array(299).fill(60), 5]))!)).toBe("More than 99% of your peers scored higher");
  });

  it("says none or all when that is the case", () => {
    expect(peersHigher(relativePerformance(90, histogram([10, 20, 90]))!)).toBe("None of your peers scored higher");
    expect(peersHigher(relativePerformance(0, histogram([10, 20]))!)).toBe("All of your peers scored higher");
  });
});

describe("otherResponses", () => {
  it.each([[0, "0 other responses"], [1, "1 other response"], [1234, "1,234 other responses"]])("%i → %s", (size, text) => {
    expect(otherResponses(size)).toBe(text);
  });
});
