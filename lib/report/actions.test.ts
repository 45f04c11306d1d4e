import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument, type Answers } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { analyseSales, compareHardNumbers, salesNumbers, scoreResponse, type HardNumbersPeers, type PeerSnapshot } from "@/lib/scoring";
import { hardNumberPeers, peerSnapshot } from "@/tests/support/action-fixtures";
import { leverGaps } from "./action-stakes";
import { ACTION_COUNT, MAX_PROBLEMS, classifyAnswer, pickActions, type ActionInputs } from "./actions";

/** The inputs buildReport gives pickActions, from answers and a peer snapshot. */
function inputsFor(answers: Answers, peers: PeerSnapshot | null): ActionInputs {
  const score = scoreResponse(answers, instrument);
  const sales = analyseSales(salesNumbers(answers));
  const hardNumbers = compareHardNumbers(sales, peers?.hardNumbers);
  const perYear = sales.velocityPerYear.status === "ok" ? sales.velocityPerYear.value : null;
  const gaps = leverGaps({ velocityPerYear: perYear, hardNumbers, numberIndex: score.indices.number.score, numberMedian: peers?.medians.number ?? null });
  return { answers, source: instrument, sectionScores: score.sectionScores, gaps, hardNumbers };
}

const ids = (answers: Answers, peers: PeerSnapshot | null = null) => pickActions(inputsFor(answers, peers)).map((pick) => pick.question.id);

describe("classifyAnswer", () => {
  it.each([
    [0, "strongly-disagree", 3, "STOP"],
    [0.25, "disagree", 5, "STOP"],
    [0.25, "disagree", 2, "CHANGE"],
    [0.4, "not-sure", 5, "CHANGE"],
    [0.5, "important", 1, "CHANGE"],
    [0.75, "agree", 1, "KEEP"],
    [1, "strongly-agree", 4, "KEEP"],
  ] as const)("score %s (%s) with weight %s is %s", (score, code, weight, kind) => {
    expect(classifyAnswer(score, code, weight)).toBe(kind);
  });
});

describe("pickActions without money (no sales numbers): the index-based order", () => {
  it("gives five strengths from five sections, heaviest first, when every answer is strong", () => {
    const picks = pickActions(inputsFor(buildAnswers("best", { includeOptional: false }), null));
    expect(picks.map((p) => [p.kind, p.question.id])).toEqual([
      ["KEEP", "c.process.mapped-to-buyer"],
      ["KEEP", "c.velocity.qualification"],
      ["KEEP", "c.revenue.forecast-accuracy"],
      ["KEEP", "c.alignment.sales-marketing"],
      ["KEEP", "c.coaching.manager-coaching-time"],
    ]);
  });

  it("lets managers who never coach lead a weak company's list, covering the selling skills that depend on them", () => {
    const [first] = pickActions(inputsFor(buildAnswers("worst", { includeOptional: false }), null));
    expect(first).toMatchObject({ kind: "STOP", question: { id: "c.coaching.manager-coaching-time" }, priority: 6 });
    expect(first!.prerequisite!.covered.map((q) => q.id)).toEqual(["c.coaching.selling-basics", "c.coaching.advanced-skills-importance"]);
  });

  it("makes a missing CRM a STOP that takes in the methodology-in-CRM question", () => {
    const answers = { ...buildAnswers("best", { includeOptional: false }), "c.methodology.crm-age": "no-crm", "c.methodology.in-crm": "disagree" };
    const crm = pickActions(inputsFor(answers, null)).find((p) => p.section.id === "c.methodology");
    // Weight 1 alone would make it a CHANGE; with the CRM-methodology item (weight 2) it is a high-weight STOP.
    expect(crm).toMatchObject({ kind: "STOP", question: { id: "c.methodology.crm-age" }, priority: 1 + 2 * 0.75 });
    expect(ids(answers)).not.toContain("c.methodology.in-crm");
  });

  it("always includes the weakest section, even when its item weighs little", () => {
    const answers = { ...buildAnswers("best", { includeOptional: false }), "c.social.conversations": "disagree" };
    const picks = pickActions(inputsFor(answers, null));
    expect(picks[0]).toMatchObject({ kind: "CHANGE", question: { id: "c.social.conversations" } });
  });
});

describe("pickActions with money", () => {
  it("turns a strength into a CHANGE when the paired number is in the peers' bottom quarter", () => {
    const answers = { ...buildAnswers("best"), "b.numbers.won-count": 10, "b.numbers.lost-count": 90 };
    const [first] = pickActions(inputsFor(answers, peerSnapshot(hardNumberPeers(5))));
    expect(first).toMatchObject({ kind: "CHANGE", question: { id: "c.velocity.qualification" }, contradictedBy: { metric: "unitWinRate", quartile: "bottom" } });
    expect(first!.stake!.amount).toBeGreaterThan(0);
    const kept = pickActions(inputsFor(answers, peerSnapshot(hardNumberPeers(30))));
    expect(kept.every((pick) => pick.kind === "KEEP")).toBe(true);
  });

  it("lets a missing CRM win a slot when the slow cycle is where the money is", () => {
    const slow = { ...buildAnswers("worst"), "b.numbers.cycle-days": 240 };
    expect(ids(slow, peerSnapshot(hardNumberPeers(5)))).toContain("c.methodology.crm-age");
  });
});

const percentile = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const hardNumbersArbitrary: fc.Arbitrary<HardNumbersPeers> = fc.record({
  unitWinRate: fc.record({ peers: fc.constant(50), median: fc.double({ min: 0.05, max: 0.9, noNaN: true }), topQuartile: fc.constant(0.95), percentile }),
  averageDeal: fc.record({ peers: fc.constant(50), median: fc.double({ min: 1_000, max: 1e6, noNaN: true }), topQuartile: fc.constant(2e6), percentile }),
  cycleDays: fc.record({ peers: fc.constant(50), median: fc.double({ min: 5, max: 400, noNaN: true }), topQuartile: fc.constant(3), percentile }),
  sellersAtQuota: fc.record({ peers: fc.constant(50), median: fc.constant(55), topQuartile: fc.constant(70), percentile }),
});
const peersArbitrary = fc.option(hardNumbersArbitrary.map((hardNumbers) => peerSnapshot(hardNumbers)), { nil: null });

describe("selection rules hold for any response", () => {
  it("at most five, one per section and per topic, the weakest section among them, problems first", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), peersArbitrary, (answers, peers) => {
        const inputs = inputsFor(answers, peers);
        const picks = pickActions(inputs);
        const sections = new Set(picks.map((p) => p.section.id));
        expect(picks.length).toBeLessThanOrEqual(ACTION_COUNT);
        // Every Part C section is required, so there are always at least five to choose from.
        expect(picks).toHaveLength(ACTION_COUNT);
        expect(sections.size).toBe(picks.length);
        expect(new Set(picks.map((p) => p.topic.id)).size).toBe(picks.length);
        const partC = inputs.sectionScores.filter((s) => s.part === "C" && s.score !== null);
        const lowest = Math.min(...partC.map((s) => s.score!));
        expect(partC.some((s) => s.score === lowest && sections.has(s.sectionId))).toBe(true);
        const kinds = picks.map((p) => (p.kind === "KEEP" ? 1 : 0));
        expect(kinds).toEqual([...kinds].sort());
        const strengths = kinds.filter(Boolean).length;
        if (strengths > 0) expect(picks.length - strengths).toBeLessThanOrEqual(MAX_PROBLEMS);
        // Problems come most money first; none is priced when the figures are missing.
        const amounts = picks.filter((p) => p.kind !== "KEEP").map((p) => p.stake?.amount ?? 0);
        const priced = amounts.filter((a) => a > 0);
        expect(priced).toEqual([...priced].sort((a, b) => b - a));
        expect(amounts.slice(0, priced.length)).toEqual(priced);
        if (!peers?.hardNumbers) expect(picks.every((p) => p.stake?.amount === null || p.kind === "KEEP")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
