// The meaningful-change rule (docs/methodology.md §11): half the distance from the peers' median to their best
// quarter at the earlier date, never less than the unit's floor; no spread on record, no verdict.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANGE_FLOORS, changeFloor, judgeChange, type ChangeInput } from "./change-rule";
import { formatChange, formatFigure } from "./change-format";
import { CHANGE_UNITS, type ChangeUnit } from "./since-last-time-schema";

type Case = [string, ChangeUnit, boolean, number | null, number | null, number | null, number | null, ReturnType<typeof judgeChange>["verdict"], number | null];

// name, unit, lower is better, then, now, peers' median then, best-quarter edge then, verdict, threshold
const CASES: Case[] = [
  ["a win rate up 7 points against a 4-point yardstick", "rate", false, 0.24, 0.31, 0.27, 0.35, "improved", 0.04],
  ["a win rate up 2 points against the same", "rate", false, 0.24, 0.26, 0.27, 0.35, "steady", 0.04],
  ["a win rate down 7 points", "rate", false, 0.31, 0.24, 0.27, 0.35, "declined", 0.04],
  ["an index up exactly the yardstick (at least counts)", "index", false, 50, 54, 50, 58, "improved", 4],
  ["an index up one point less", "index", false, 50, 53, 50, 58, "steady", 4],
  ["an index where all peers sit together: the 2-point floor", "index", false, 50, 51, 50, 50, "steady", 2],
  ["the same, up 2 points", "index", false, 50, 52, 50, 50, "improved", 2],
  ["a cycle 25 days shorter (less is better)", "days", true, 120, 95, 75, 52, "improved", 11.5],
  ["a cycle 25 days longer", "days", true, 95, 120, 75, 52, "declined", 11.5],
  ["a cycle 5% shorter where peers sit together: the 5% floor", "days", true, 100, 95, 80, 80, "improved", 5],
  ["an average deal up $2,000 against a $23,500 yardstick", "money", false, 26_000, 28_000, 48_000, 95_000, "steady", 23_500],
  ["an average deal up 4% where peers sit together", "money", false, 100, 104, 100, 100, "steady", 5.2],
  ["an average deal up 6% where peers sit together", "money", false, 100, 106, 100, 100, "improved", 5.3],
  ["quota attainment up 9 points against 8", "percent", false, 80, 89, 88, 104, "improved", 8],
  ["no change at all", "percent", false, 80, 80, 88, 104, "steady", 8],
  ["an earlier report without the best-quarter edge", "index", false, 40, 60, 50, null, "unjudged", null],
  ["an earlier report without peers", "rate", false, 0.2, 0.5, null, null, "unjudged", null],
  ["a figure given only now", "rate", false, null, 0.5, 0.3, 0.4, "not-comparable", null],
  ["a figure given only then", "days", true, 90, null, 80, 60, "not-comparable", null],
];

describe("judgeChange", () => {
  it.each(CASES)("%s", (_, unit, lowerIsBetter, then, now, median, topQuartile, verdict, threshold) => {
    const judged = judgeChange({ unit, lowerIsBetter, then, now, peersThen: { median, topQuartile } });
    expect(judged.verdict).toBe(verdict);
    if (threshold === null) expect(judged.threshold).toBeNull();
    else expect(judged.threshold).toBeCloseTo(threshold, 9);
    expect(judged.change).toBe(then === null || now === null ? null : now - then);
  });

  it("does not subtract figures it is told are not comparable (two currencies), whatever their size", () => {
    const judged = judgeChange({ unit: "money", lowerIsBetter: false, then: 30_000, now: 90_000, peersThen: { median: 40_000, topQuartile: 60_000 }, comparable: false });
    expect(judged).toEqual({ change: null, threshold: null, verdict: "not-comparable" });
  });

  it("has a floor above zero for every unit and figure", () => {
    for (const unit of CHANGE_UNITS) expect(changeFloor(unit, 0, 0)).toBeGreaterThan(0);
    expect(CHANGE_FLOORS.rate.points! * 100).toBe(CHANGE_FLOORS.percent.points);
  });
});

const unit = fc.constantFrom(...CHANGE_UNITS);
/** A figure in a unit's usual range: indices and percents 0–150, rates 0–1, money and days up to millions. */
const figureIn = (u: ChangeUnit) =>
  u === "rate" ? fc.double({ min: 0, max: 1, noNaN: true }) : u === "money" || u === "days" ? fc.double({ min: 0, max: 5e6, noNaN: true }) : fc.integer({ min: 0, max: 150 });
const caseArbitrary: fc.Arbitrary<Generated> = unit.chain((u) =>
  fc.record({
    unit: fc.constant(u),
    lowerIsBetter: fc.boolean(),
    then: figureIn(u),
    now: figureIn(u),
    median: figureIn(u),
    topQuartile: figureIn(u),
  }),
);
type Generated = { unit: ChangeUnit; lowerIsBetter: boolean; then: number; now: number; median: number; topQuartile: number };
const input = (c: Generated): ChangeInput => ({
  unit: c.unit,
  lowerIsBetter: c.lowerIsBetter,
  then: c.then,
  now: c.now,
  peersThen: { median: c.median, topQuartile: c.topQuartile },
});
const meaningful = (verdict: string) => verdict === "improved" || verdict === "declined";
const opposite = { improved: "declined", declined: "improved", steady: "steady", unjudged: "unjudged", "not-comparable": "not-comparable" } as const;

describe("judgeChange, for any figures", () => {
  it("never calls an unchanged figure meaningful", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        expect(judgeChange(input({ ...c, now: c.then })).verdict).toBe("steady");
      }),
    );
  });

  it("is symmetric: going back from now to then is as meaningful, the other way round", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const there = judgeChange(input(c));
        const back = judgeChange(input({ ...c, then: c.now, now: c.then }));
        expect(back.verdict).toBe(opposite[there.verdict]);
        expect(back.threshold).toBe(there.threshold);
      }),
    );
  });

  it("turns better into worse when less is better, and the size needed does not change", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const flipped = judgeChange(input({ ...c, lowerIsBetter: !c.lowerIsBetter }));
        expect(flipped.verdict).toBe(opposite[judgeChange(input(c)).verdict]);
      }),
    );
  });

  it("reads a rate as a fraction exactly as the same figures in percent", () => {
    const rates = fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 0, max: 1000 }))).map((tenths) => tenths.map((t) => t / 1000));
    fc.assert(
      fc.property(rates, fc.boolean(), ([then, now, median, top], lowerIsBetter) => {
        const asRate = judgeChange({ unit: "rate", lowerIsBetter, then: then!, now: now!, peersThen: { median: median!, topQuartile: top! } });
        const scale = (value: number) => Math.round(value * 1000) / 10;
        const asPercent = judgeChange({ unit: "percent", lowerIsBetter, then: scale(then!), now: scale(now!), peersThen: { median: scale(median!), topQuartile: scale(top!) } });
        expect(asPercent.verdict).toBe(asRate.verdict);
      }),
    );
  });

  it("gives money and days the same verdict in any unit of measure (a currency converted at a fixed rate)", () => {
    const figures = fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 20, max: 1_000_000 })));
    fc.assert(
      fc.property(fc.constantFrom<ChangeUnit>("money", "days"), figures, fc.integer({ min: 1, max: 1000 }), (u, [then, now, median, top], rate) => {
        const judge = (k: number) => judgeChange({ unit: u, lowerIsBetter: false, then: then! * k, now: now! * k, peersThen: { median: median! * k, topQuartile: top! * k } }).verdict;
        expect(judge(rate)).toBe(judge(1));
      }),
    );
  });

  it("keeps a meaningful change meaningful when the figure moves further the same way", () => {
    fc.assert(
      fc.property(caseArbitrary, fc.double({ min: 0, max: 1e6, noNaN: true }), (c, further) => {
        const there = judgeChange(input(c));
        fc.pre(meaningful(there.verdict));
        const beyond = c.now + Math.sign(c.now - c.then) * further;
        fc.pre(beyond >= 0);
        expect(judgeChange(input({ ...c, now: beyond })).verdict).toBe(there.verdict);
      }),
    );
  });

  it("prints two different figures, and a change that points the same way, for every meaningful change", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const judged = judgeChange(input(c));
        fc.pre(meaningful(judged.verdict));
        expect(formatFigure(c.unit, c.now, "usd")).not.toBe(formatFigure(c.unit, c.then, "usd"));
        const words = formatChange({ unit: c.unit, then: { value: c.then, peerMedian: null, peerTopQuartile: null }, now: { value: c.now, peerMedian: null, peerTopQuartile: null }, change: judged.change, currencies: { then: "usd", now: "usd" } });
        expect(words).toMatch(c.now > c.then ? /^up / : /^down /);
      }),
    );
  });
});
