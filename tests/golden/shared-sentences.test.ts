// Stock text, measured (issue 18): the share of one report's prose sentences that another company's report repeats
// word for word, numbers masked (exact definition: tests/support/report-prose.ts). The strong and the weak persona
// differ on every figure and almost every answer, so a sentence they share says nothing about either company.
import { describe, expect, it } from "vitest";
import { personaReport } from "@/tests/support/persona-report";
import { sharedSentences } from "@/tests/support/report-prose";

const LIMIT = 0.25;
const reports = { strong: personaReport("strong"), middling: personaReport("middling"), weak: personaReport("weak") };
const pct = (share: number) => `${(100 * share).toFixed(1)}%`;

function measure(a: keyof typeof reports, b: keyof typeof reports) {
  const ab = sharedSentences(reports[a], reports[b]);
  const ba = sharedSentences(reports[b], reports[a]);
  console.log(`shared sentences ${a}→${b}: ${ab.shared}/${ab.sentences} = ${pct(ab.share)}; ${b}→${a}: ${ba.shared}/${ba.sentences} = ${pct(ba.share)}`);
  return [ab, ba] as const;
}

describe("stock text between companies", () => {
  it("the strong and the weak report share under a quarter of their prose sentences", () => {
    const [strongInWeak, weakInStrong] = measure("strong", "weak");
    expect(strongInWeak.share, strongInWeak.examples.join("\n")).toBeLessThan(LIMIT);
    expect(weakInStrong.share, weakInStrong.examples.join("\n")).toBeLessThan(LIMIT);
  });

  it("reports the strong–middling and middling–weak figures", () => {
    for (const [a, b] of [["strong", "middling"], ["middling", "weak"]] as const) {
      const [ab, ba] = measure(a, b);
      expect(ab.sentences).toBeGreaterThan(50);
      expect(ba.sentences).toBeGreaterThan(50);
    }
  });
});
