// Report lint over generated responses: whatever the answers, figures and peers, a report never prints a paragraph
// twice, never repeats a figure within a section, never prints a documented contradiction, and its velocity adds up.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { scoreResponse } from "@/lib/scoring";
import { reportCaseArbitrary, type GeneratedCase } from "@/tests/support/report-arbitraries";
import { documentedContradictions } from "@/tests/support/report-lint-pairs";
import {
  duplicateParagraphs,
  literalContradictions,
  occurrences,
  repeatedFigures,
  velocityAgainstWon,
  velocityArithmetic,
} from "@/tests/support/report-lint";
import { buildReport } from "./build-report";
import { allTemplates } from "./narratives/template-text";
import { SALES_NARRATIVE } from "./sales-narrative";

const RUNS = 1_000;
const SEED = 20_261_201;
/** About 10 s on a quiet machine; the default 20 s is too tight when the machine is shared. */
const TIMEOUT_MS = 120_000;

/** Numbers the library writes in its own prose ("the last 12 months", "+48%"): a figure equal to one is not counted. */
const PROSE_NUMBERS = new Set(
  [...allTemplates().map((entry) => entry.text), ...Object.values(SALES_NARRATIVE)].flatMap((text) =>
    [...text.replace(/\{[a-zA-Z]+\}/g, "").matchAll(/\$?\d[\d,.]*\d%?|\$?\d%?/g)].map(([token]) => token),
  ),
);

function lint({ answers, peers, consistent }: GeneratedCase): string[] {
  const score = scoreResponse(answers, instrument);
  const report = buildReport({ answers, score, peers });
  return [
    ...duplicateParagraphs(report),
    ...repeatedFigures(report, PROSE_NUMBERS),
    ...literalContradictions(report, answers),
    ...documentedContradictions(report, answers, peers),
    ...velocityArithmetic(report),
    ...(consistent ? velocityAgainstWon(report) : []),
  ];
}

describe("report lint", () => {
  it("counts a figure only where it stands whole", () => {
    expect(occurrences("Won $30,000 of $30,000,000.", "$30,000")).toBe(1);
    expect(occurrences("45 days, 45%, 45 CHF, 45 OTHER and 45 deals", "45")).toBe(1);
    expect(occurrences("at 12.5% or 2.5%", "2.5%")).toBe(1);
  });

  it(`holds for ${RUNS.toLocaleString("en-US")} generated responses`, () => {
    fc.assert(
      fc.property(reportCaseArbitrary, (generated) => {
        expect(lint(generated)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});
