import { describe, expect, it } from "vitest";
import { instrument, sectionsOfPart } from "@/lib/instrument";
import { HARD_NUMBER_BINS, countScale, moneyScale } from "./hard-number-bins";
import { HARD_NUMBERS } from "./hard-numbers";
import { PEER_METRICS } from "./peer-snapshot";
import {
  ANSWER_FIGURES,
  BINNED_FIGURE_BINS,
  SCORE_HISTOGRAM_LAYOUT,
  SCORE_HISTOGRAM_WIDTH,
  figureSlot,
  histogramSlice,
  scoreHistogramLayout,
  scoreSlot,
} from "./score-histogram-layout";

describe("the score histogram layout", () => {
  it("holds the six indices, every Part C and D section of the instrument, the hard numbers, velocity and Part B's raw answers, in that order", () => {
    const sections = [...sectionsOfPart("C"), ...sectionsOfPart("D")].map((section) => `section:${section.id}`);
    expect(sections).toHaveLength(12);
    expect(SCORE_HISTOGRAM_LAYOUT.map((slice) => slice.metric)).toEqual([
      ...PEER_METRICS,
      ...sections,
      ...HARD_NUMBERS.map((name) => `hard:${name}`),
      "hard:velocity",
      ...ANSWER_FIGURES.map((name) => `hard:${name}`),
    ]);
  });

  it("gives an index or section 102 slots and a binned figure one per bin of its scale", () => {
    for (const metric of [...PEER_METRICS, "section:c.alignment"]) expect(histogramSlice(metric).width).toBe(102);
    for (const name of HARD_NUMBERS) expect(histogramSlice(`hard:${name}`).width).toBe(HARD_NUMBER_BINS[name].count);
    const { centres, thresholds } = moneyScale();
    expect(BINNED_FIGURE_BINS.velocity).toMatchObject({ kind: "centred", centres, thresholds });
    expect(histogramSlice("hard:velocity").width).toBe(HARD_NUMBER_BINS.averageDeal.count);
    for (const name of ["opportunities", "wonCount", "lostCount", "openCount"] as const) {
      expect(BINNED_FIGURE_BINS[name]).toMatchObject({ kind: "centred", centres: countScale().centres, thresholds: countScale().thresholds });
    }
    for (const name of ["wonValue", "lostValue", "openValue"] as const) expect(BINNED_FIGURE_BINS[name]).toMatchObject({ kind: "centred", centres, thresholds });
  });

  it("reads counts back exactly below 100 and within 3.5% above, 10^7 included", () => {
    const scale = countScale();
    for (let n = 0; n < 100; n++) expect(scale.valueOf(scale.binOf(n))).toBe(n);
    for (let n = 100; n <= 1e7; n = Math.ceil(n * 1.01)) expect(Math.abs(scale.valueOf(scale.binOf(n)) / n - 1)).toBeLessThanOrEqual(0.035);
    expect(scale.valueOf(scale.binOf(1e7))).toBe(1e7);
  });

  it("puts the slices end to end, 6,983 slots in all", () => {
    let offset = 0;
    for (const slice of SCORE_HISTOGRAM_LAYOUT) {
      expect(slice.offset).toBe(offset);
      offset += slice.width;
    }
    expect(SCORE_HISTOGRAM_WIDTH).toBe(offset);
    expect(SCORE_HISTOGRAM_WIDTH).toBe(6983);
    expect(scoreHistogramLayout(instrument)).toEqual(SCORE_HISTOGRAM_LAYOUT);
  });

  it("counts a score at its whole percent after the insufficient-data slot, and a figure in its bin", () => {
    const value = histogramSlice("value");
    expect([scoreSlot("value", null), scoreSlot("value", 0), scoreSlot("value", 100)]).toEqual([value.offset, value.offset + 1, value.offset + 101]);
    const cycle = histogramSlice("hard:cycleDays");
    expect(figureSlot("cycleDays", 90)).toBe(cycle.offset + HARD_NUMBER_BINS.cycleDays.binOf(90));
    expect(figureSlot("velocity", null)).toBeNull();
    expect(figureSlot("velocity", 1e15)).toBe(histogramSlice("hard:velocity").offset + histogramSlice("hard:velocity").width - 1);
  });

  it("refuses what has no slot: a score that is no whole percent, a section it does not know", () => {
    expect(() => scoreSlot("overall", 101)).toThrow(RangeError);
    expect(() => scoreSlot("overall", 50.5)).toThrow(RangeError);
    expect(() => scoreSlot("section:c.unknown", 50)).toThrow(RangeError);
  });
});
