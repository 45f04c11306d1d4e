import { describe, expect, it } from "vitest";
import { formatMoney, formatRate } from "./format";
import { newReportMemory, newSectionMemory, observeText, renderTemplate } from "./render-template";

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

describe("renderTemplate with a section's memory", () => {
  const figures = { unitWinRate: "12%", metricMedian: "32.7%", standing: "in the bottom quarter of your peers" };

  it("says a figure once per section: a repeated sentence is dropped, a bracketed phrase loses the figure", () => {
    const memory = newSectionMemory(newReportMemory());
    expect(renderTemplate("Your unit win rate is {unitWinRate}. Keep going.", figures, memory)).toBe("Your unit win rate is 12%. Keep going.");
    expect(renderTemplate("Yours is {unitWinRate}. Then more.", figures, memory)).toBe("Then more.");
    expect(renderTemplate("Your rate[ of {unitWinRate}] is {standing}[, median {metricMedian}].", figures, memory)).toBe(
      "Your rate is in the bottom quarter of your peers, median 32.7%.",
    );
    expect(renderTemplate("Yours is {unitWinRate}.", figures, newSectionMemory(newReportMemory()))).toBe("Yours is 12%.");
  });

  it("drops a bracketed phrase whose figure is missing, without memory too", () => {
    expect(renderTemplate("Your rate[ of {valueWinRate}] is {standing}.", figures)).toBe("Your rate is in the bottom quarter of your peers.");
  });

  it("names the study in full once per report", () => {
    const report = newReportMemory();
    expect(renderTemplate("In {study}, most agreed.", {}, newSectionMemory(report))).toBe(
      "In the Dealmaker Index Global Sales Benchmark Study (begun in 2011), most agreed.",
    );
    expect(renderTemplate("In {study}, half did.", {}, newSectionMemory(report))).toBe("In the same study, half did.");
    expect(renderTemplate("A fact. In {study}, half did.", {})).toBe("A fact.");
  });

  it("counts figures another text already gave only where they stand whole", () => {
    const memory = newSectionMemory(newReportMemory());
    observeText("You won $30,000,000 in 12.5% of deals.", { averageDeal: "$30,000", unitWinRate: "2.5%" }, memory);
    expect(memory.said.size).toBe(0);
    observeText("An average won deal of $30,000.", { averageDeal: "$30,000" }, memory);
    expect(memory.said.has("averageDeal=$30,000")).toBe(true);
  });
});
