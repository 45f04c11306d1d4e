import { describe, expect, it } from "vitest";
import { stepFromParam, stepHref, stepParam, stepToShow } from "./step-url";

describe("step addresses", () => {
  it("number steps from 1 and name the review, and read back what they write", () => {
    expect(stepParam(0, 16)).toBe("1");
    expect(stepParam(15, 16)).toBe("16");
    expect(stepParam(16, 16)).toBe("review");
    for (let step = 0; step <= 16; step++) expect(stepFromParam(stepParam(step, 16), 16)).toBe(step);
    expect(stepHref(2, 16)).toBe("/survey?step=3");
  });

  it("name no step for absent, malformed or out-of-range values", () => {
    for (const value of [undefined, null, "", "0", "-1", "17", "1.5", "01", "3a", "9999", "Review", ["2", "3"]]) {
      expect(stepFromParam(value, 16), String(value)).toBeNull();
    }
  });

  it("show the step asked for up to the furthest reachable one, else the furthest", () => {
    expect(stepToShow(2, 5)).toBe(2);
    expect(stepToShow(5, 5)).toBe(5);
    expect(stepToShow(9, 5)).toBe(5);
    expect(stepToShow(null, 5)).toBe(5);
    expect(stepToShow(16, 16)).toBe(16);
  });
});
