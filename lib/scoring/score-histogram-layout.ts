// Where each metric's counts sit in a peer group's "ScoreHistogram" row (docs/decisions/003-peer-percentiles.md): one
// int4[] per scoring version × industry × company size holds every distribution the peer comparison and the admin
// dashboards read, one after the other. The database keeps the same layout ("scoreHistogramLayout"(), score_histograms
// migration) and its triggers write by it; a test holds the two together. So a new section, a new binned figure or a
// new bin scale changes this layout and needs a migration that replaces that function and rebuilds the table.
import { instrument, sectionsOfPart, type Instrument } from "@/lib/instrument";
import { HARD_NUMBER_BINS, countScale, moneyScale, type BinScale } from "./hard-number-bins";
import { HARD_NUMBERS, type HardNumber } from "./hard-numbers";
import { HISTOGRAM_LENGTH } from "./percentile";
import { PEER_METRICS, type PeerMetric } from "./peer-snapshot";

/**
 * Part B's raw answers, counted for the admin's Questions page (no report compares them): the counts as given and the
 * money totals in US dollars at the study's rate table.
 */
export const ANSWER_FIGURES = ["opportunities", "wonCount", "lostCount", "openCount", "wonValue", "lostValue", "openValue"] as const;
export type AnswerFigure = (typeof ANSWER_FIGURES)[number];

/** Figures counted per bin: the report's hard numbers, the admin's sales velocity and Part B's raw answers. */
export type BinnedFigure = HardNumber | "velocity" | AnswerFigure;

/** The bins of every binned figure; velocity and the answers' totals are money in US dollars, like the average deal. */
export const BINNED_FIGURE_BINS: Readonly<Record<BinnedFigure, BinScale>> = {
  ...HARD_NUMBER_BINS,
  velocity: moneyScale(),
  opportunities: countScale(),
  wonCount: countScale(),
  lostCount: countScale(),
  openCount: countScale(),
  wonValue: moneyScale(),
  lostValue: moneyScale(),
  openValue: moneyScale(),
};

/** The layout's name for a section's metric (this prefix and the section id), and for a binned figure's. */
export const SECTION_METRIC_PREFIX = "section:";
export const sectionMetric = (sectionId: string): `section:${string}` => `${SECTION_METRIC_PREFIX}${sectionId}`;
export const binnedMetric = (figure: BinnedFigure) => `hard:${figure}`;

/**
 * One metric's counts: `width` slots from `offset` (0-based). An index or a section has 1 + 101 slots, "insufficient
 * data" (-1) first, then each whole percent; a binned figure one slot per bin, and a missing figure is not counted.
 */
export interface HistogramSlice {
  metric: string;
  offset: number;
  width: number;
}

const SCORE_WIDTH = 1 + HISTOGRAM_LENGTH;

/** The six indices, the Part C and D sections in the instrument's order, then the binned figures. */
export function scoreHistogramLayout(source: Instrument = instrument): HistogramSlice[] {
  const sections = [...sectionsOfPart("C", source), ...sectionsOfPart("D", source)];
  const metrics: [string, number][] = [
    ...PEER_METRICS.map((metric): [string, number] => [metric, SCORE_WIDTH]),
    ...sections.map((section): [string, number] => [sectionMetric(section.id), SCORE_WIDTH]),
    ...[...HARD_NUMBERS, "velocity" as const, ...ANSWER_FIGURES].map((figure): [string, number] => [binnedMetric(figure), BINNED_FIGURE_BINS[figure].count]),
  ];
  let offset = 0;
  return metrics.map(([metric, width]) => {
    const slice = { metric, offset, width };
    offset += width;
    return slice;
  });
}

export const SCORE_HISTOGRAM_LAYOUT: readonly HistogramSlice[] = scoreHistogramLayout();
const BY_METRIC = new Map(SCORE_HISTOGRAM_LAYOUT.map((slice) => [slice.metric, slice]));

/** Slots in a group's row: the sum of every metric's width. */
export const SCORE_HISTOGRAM_WIDTH = SCORE_HISTOGRAM_LAYOUT.reduce((sum, slice) => sum + slice.width, 0);

export function histogramSlice(metric: string): HistogramSlice {
  const slice = BY_METRIC.get(metric);
  if (!slice) throw new RangeError(`No metric ${metric} in the score histogram layout`);
  return slice;
}

/** Where a score counts: an index or section score (null: insufficient data) at its whole percent. */
export function scoreSlot(metric: PeerMetric | `section:${string}`, score: number | null): number {
  if (score !== null && !(Number.isInteger(score) && score >= 0 && score < HISTOGRAM_LENGTH)) {
    throw new RangeError(`Score ${score} of ${metric} is not a whole percent`);
  }
  return histogramSlice(metric).offset + 1 + (score ?? -1);
}

/** Where a binned figure counts: its bin; null for a missing figure, which is not counted. */
export function figureSlot(figure: BinnedFigure, value: number | null): number | null {
  return value === null ? null : histogramSlice(binnedMetric(figure)).offset + BINNED_FIGURE_BINS[figure].binOf(value);
}
