// Report lint over generated responses: whatever the answers, figures and peers, a report never prints a paragraph
// twice, never repeats a figure within a section, never prints a documented contradiction, and its velocity adds up;
// it calls at most one lever the biggest (the money rule's first) and keeps no practice its paired number contradicts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { scoreResponse } from "@/lib/scoring";
import { personaAnswers, personaPeers } from "@/tests/support/action-fixtures";
import { reportCaseArbitrary, retakeCaseArbitrary, type GeneratedCase } from "@/tests/support/report-arbitraries";
import { contradictedKeeps, oneBiggestLever } from "@/tests/support/report-lint-actions";
import { documentedContradictions } from "@/tests/support/report-lint-pairs";
import { sinceLastTimeProblems } from "@/tests/support/report-lint-since";
import {
  duplicateParagraphs,
  literalContradictions,
  occurrences,
  repeatedFigures,
  velocityAgainstWon,
  velocityArithmetic,
} from "@/tests/support/report-lint";
import { buildReport } from "./build-report";
import type { EarlierReport } from "./earlier-report";
import { allTemplates } from "./narratives/template-text";
import { SALES_NARRATIVE } from "./sales-narrative";

const RUNS = 1_000;
/** Each run builds two to five reports. */
const RETAKE_RUNS = 300;
const SEED = 20_261_201;
/** About 10 s on a quiet machine; the default 20 s is too tight when the machine is shared. */
const TIMEOUT_MS = 120_000;

/** Numbers the library writes in its own prose ("the last 12 months", "+48%"): a figure equal to one is not counted. */
const PROSE_NUMBERS = new Set(
  [...allTemplates().map((entry) => entry.text), ...Object.values(SALES_NARRATIVE)].flatMap((text) =>
    [...text.replace(/\{[a-zA-Z]+\}/g, "").matchAll(/\$?\d[\d,.]*\d%?|\$?\d%?/g)].map(([token]) => token),
  ),
);

function lint({ answers, peers, consistent }: GeneratedCase, earlier: EarlierReport[] = [], completedAt?: string): string[] {
  const score = scoreResponse(answers, instrument);
  const report = buildReport({ answers, score, peers, earlier, completedAt });
  return [
    ...sinceLastTimeProblems(report),
    ...duplicateParagraphs(report),
    ...repeatedFigures(report, PROSE_NUMBERS),
    ...literalContradictions(report, answers),
    ...documentedContradictions(report, answers, peers),
    ...velocityArithmetic(report),
    ...oneBiggestLever(report),
    ...contradictedKeeps(report),
    ...(consistent ? velocityAgainstWon(report) : []),
  ];
}

describe("the order-of-attack lints", () => {
  const answers = personaAnswers("weak");
  const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: personaPeers("weak") });
  const withParagraph = (text: string) => ({ ...report, executive: { ...report.executive, overall: [...report.executive.overall, { key: "test", text }] } });

  it("pass the weak company's report, whose lead calls win rate the biggest gap", () => {
    expect(report.executive.actionsLead![0]!.text).toMatch(/biggest gap is win rate/);
    expect([...oneBiggestLever(report), ...contradictedKeeps(report)]).toEqual([]);
  });

  it("catch a second lever singled out, or the wrong one", () => {
    const wording = "At your peers' median win rate the opportunities you created would have reached your target, so larger deals come first.";
    expect(oneBiggestLever(withParagraph(wording))).toEqual([expect.stringMatching(/^several levers called the biggest: value \(test\), winRate \(actions:lead\)/)]);
    const wrong = withParagraph("Your main constraint is the sales cycle.");
    expect(oneBiggestLever({ ...wrong, executive: { ...wrong.executive, actionsLead: [] } })).toEqual(["salesCycle called the biggest (test), but the money rule puts winRate first"]);
    expect(oneBiggestLever(withParagraph("The count is not what holds your revenue back."))).toEqual([]);
  });

  it("catch a KEEP on a practice whose paired number is in the bottom quarter", () => {
    const keep = { ...report.executive.actions[0]!, kind: "KEEP" as const, questionId: "c.coaching.manager-coaching-time" };
    const kept = { ...report, executive: { ...report.executive, actions: [keep] } };
    expect(report.executive.peerNumbers!.rows.find((row) => row.metric === "sellersAtQuota")?.quartile).toBe("bottom");
    expect(contradictedKeeps(kept)).toEqual([expect.stringMatching(/^KEEP on c.coaching.manager-coaching-time although sellersAtQuota/)]);
  });
});

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

  it(`holds for ${RETAKE_RUNS} participants who came back one to four times, with their "Since last time"`, () => {
    fc.assert(
      fc.property(retakeCaseArbitrary, ({ earlier, now }) => {
        const reports: EarlierReport[] = earlier.map(({ answers, peers }, i) => ({
          completedAt: `${2022 + i}-06-15T12:00:00.000Z`,
          document: buildReport({ answers, score: scoreResponse(answers, instrument), peers }),
        }));
        expect(lint(now, reports, "2026-06-15T12:00:00.000Z")).toEqual([]);
      }),
      { numRuns: RETAKE_RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});
