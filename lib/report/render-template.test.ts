import { describe, expect, it } from "vitest";
import { formatMoney, formatRate } from "./format";
import { renderTemplate } from "./render-template";

describe("renderTemplate", () => {
  it("fills placeholders", () => {
    expect(renderTemplate("Your index is {overall}. That is {companyCategory}.", { overall: "77%", companyCategory: "High Performer" })).toBe(
      "Your index is 77%. That is High Performer.",
    );
  });

  it("drops a sentence whose figure is missing and keeps the rest", () => {
    const text = renderTemplate("Win rates matter. Yours is {unitWinRate}. Track it monthly!", {});
    expect(text).toBe("Win rates matter. Track it monthly!");
    expect(text).not.toMatch(/undefined|NaN|\{/);
  });

  it("does not split inside decimals", () => {
    expect(renderTemplate("Velocity rose 1.5 times. Next {opportunities}.", {})).toBe("Velocity rose 1.5 times.");
  });
});

describe("formatting", () => {
  it("reads rates and money the way the reference does", () => {
    expect(formatRate(2 / 3)).toBe("66.7%");
    expect(formatRate(0.5)).toBe("50%");
    expect(formatMoney(40000, "usd")).toBe("$40,000");
    expect(formatMoney(1234.4, null)).toBe("1,234");
  });
});
