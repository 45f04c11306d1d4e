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
import { retakeReports } from "@/tests/support/retake-personas";
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

describe("the Since last time lint", () => {
  const report = retakeReports("retake-four-visits").at(-1)!.document;
  const since = report.sinceLastTime!;
  const withSince = (change: Partial<typeof since>) => ({ ...report, sinceLastTime: { ...since, ...change } });
  const withText = (replace: (text: string) => string) => withSince({ paragraphs: [{ key: "since:changes", text: replace(since.paragraphs[0]!.text) }] });

  it("passes Brightlane's fourth report", () => {
    expect(sinceLastTimeProblems(report)).toEqual([]);
  });

  it("catches a verb, a figure or a peer median that the table contradicts", () => {
    expect(sinceLastTimeProblems(withText((text) => text.replace("fell from 52% to 45%", "rose from 52% to 45%")))).toEqual([
      'sellersAtQuota: "rose" for 52 → 45',
    ]);
    expect(sinceLastTimeProblems(withText((text) => text.replace("from 38% to 50%", "from 38% to 51%")))).toEqual([
      "salesCycle: the sentence's figures 38% → 51% are not the table's",
    ]);
    expect(sinceLastTimeProblems(withText((text) => text.replace("was 51% then and is 52% now", "was 51% at both dates")))).toEqual([
      "sellersAtQuota: the peers' median now is misstated",
    ]);
  });

  it("catches a verdict its figures do not support, a steady figure named, a wrong count and a stray sentence", () => {
    const rows = since.rows.map((row) => (row.metric === "quotaAttainment" ? { ...row, verdict: "improved" as const } : row));
    expect(sinceLastTimeProblems(withSince({ rows }))).toEqual([
      expect.stringMatching(/^quotaAttainment: improved with \|change\| 6 against 7\.73/),
      `quotaAttainment: improved, but the table says "Within the peers' spread"`,
      "says 3 more changes, not 4",
    ]);
    const named = withText((text) => text.replace("Your share of sellers at quota fell from 52% to 45%; your peers' median was 51% then and is 52% now.", "Your quota attainment rose from 80% to 86%; your peers' median was 86% then and is 88% now."));
    expect(sinceLastTimeProblems(named)).toEqual(["quotaAttainment is named although it is steady", "0 declined changes named of 1"]);
    expect(sinceLastTimeProblems(withText((text) => text.replace("Three more", "Two more")))).toEqual(["says 2 more changes, not 3"]);
    expect(sinceLastTimeProblems(withText((text) => `${text} Your pipeline looks healthier.`))).toEqual([
      'a sentence the lint cannot account for: "Your pipeline looks healthier."',
    ]);
    const nothing = withSince({ paragraphs: [{ key: "since:nothing", text: "Nothing has changed meaningfully since your report of March 9, 2026." }] });
    expect(sinceLastTimeProblems(nothing)).toContain("says nothing changed meaningfully");
  });
});

describe("report lint", () => {
  it("counts a figure only where it stands whole", () => {
    expect(occurrences("Won $30,000 of $30,000,000.", "$30,000")).toBe(1);
    expect(occurrences("45 days, 45%, 45 times, 45 CHF, 45 OTHER and 45 deals", "45")).toBe(1);
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
    const seen = new Map<string, number>();
    const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(retakeCaseArbitrary, ({ earlier, now }) => {
        const reports: EarlierReport[] = earlier.map(({ answers, peers }, i) => ({
          completedAt: `${2022 + i}-06-15T12:00:00.000Z`,
          document: buildReport({ answers, score: scoreResponse(answers, instrument), peers }),
        }));
        expect(lint(now, reports, "2026-06-15T12:00:00.000Z")).toEqual([]);
        const since = buildReport({ answers: now.answers, score: scoreResponse(now.answers, instrument), peers: now.peers, earlier: reports }).sinceLastTime!;
        for (const p of [...since.paragraphs, ...since.notes]) count(p.key);
        if (since.trends.length > 0) count("trends");
        if (since.rows.some((row) => row.verdict === "improved") && since.rows.some((row) => row.verdict === "declined")) count("both ways");
      }),
      { numRuns: RETAKE_RUNS, seed: SEED },
    );
    // The runs put every kind of paragraph and note to the test, not only the common ones (the generated peers are
    // all one group: a changed group is since-last-time.test.ts's).
    for (const key of ["since:changes", "since:nothing", "since:no-spread", "since:currency", "since:unknown-currency", "trends", "both ways"]) {
      expect(seen.get(key) ?? 0, key).toBeGreaterThanOrEqual(10);
    }
  }, TIMEOUT_MS);
});
