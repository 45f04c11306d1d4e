// The bars the Questions page draws for a sales figure's distribution: the figure's fine bins (hundreds for money and
// days) gathered into a dozen or so ranges a reader can take in, each labelled in the figure's unit. The ranges are
// fixed per figure, so two filters' charts line up; a fine bin joins the range its centre falls in, so a bar's count
// is exact to the bin (money within 3.5%, days within half a day or 2.5%).
import type { SalesMetric } from "./dashboard-metrics";

export interface FigureBar {
  key: string;
  label: string;
  count: number;
}

interface BarScale {
  /** Lower edges, ascending; the last range has no upper edge. */
  edges: number[];
  label: (lower: number, upper: number | null) => string;
}

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
const compactDollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 0 });

/** 0, 10 … 90 points: the last range includes 100. `scale` turns points into the stored unit (0.01 for fractions). */
function tenPointBars(scale: number): BarScale {
  return {
    edges: Array.from({ length: 10 }, (_, i) => (i * 10) * scale),
    label: (lower, upper) => `${whole.format(lower / scale)}–${upper === null ? 100 : whole.format(upper / scale - 1)}%`,
  };
}

function openEndedBars(edges: number[], unit: (value: number) => string, last: (value: number) => string): BarScale {
  return {
    edges,
    label: (lower, upper) => (upper === null ? last(lower) : lower === 0 ? `under ${unit(upper)}` : `${unit(lower)} to under ${unit(upper)}`),
  };
}

/** 1, 2, 5, 10, 20, 50 … from `from` to `to`. */
const oneTwoFive = (from: number, to: number) => {
  const edges: number[] = [];
  for (let decade = from; decade < to; decade *= 10) edges.push(decade, decade * 2, decade * 5);
  return [...edges, to];
};

const days = (value: number) => `${whole.format(value)} days`;

/** Counts of opportunities or deals: none, then 1, 2, 5, 10 … 10,000 and more (the bins are exact below 100). */
const countBars = () => openEndedBars([0, ...oneTwoFive(1, 10_000)], (value) => whole.format(value), (value) => `${whole.format(value)} or more`);
/** A year's or a pipeline's total in US dollars: under $10K, then 1, 2, 5 … up to $1B and more. */
const totalBars = () => openEndedBars([0, ...oneTwoFive(10_000, 1_000_000_000)], (value) => compactDollars.format(value), (value) => `${compactDollars.format(value)} or more`);

const BARS: Record<SalesMetric, BarScale> = {
  unitWinRate: tenPointBars(0.01),
  valueWinRate: tenPointBars(0.01),
  sellersAtQuota: tenPointBars(1),
  quotaAttainment: openEndedBars(
    Array.from({ length: 11 }, (_, i) => i * 20),
    (value) => `${whole.format(value)}%`,
    (value) => `${whole.format(value)}% or more`,
  ),
  cycleDays: openEndedBars([0, 15, 30, 45, 60, 90, 120, 180, 270, 365, 730], days, (value) => `${days(value)} or more`),
  averageDealValue: openEndedBars([0, ...oneTwoFive(1_000, 10_000_000)], (value) => compactDollars.format(value), (value) => `${compactDollars.format(value)} or more`),
  velocity: openEndedBars([0, ...oneTwoFive(100, 1_000_000)], (value) => compactDollars.format(value), (value) => `${compactDollars.format(value)} or more`),
  opportunities: countBars(),
  wonCount: countBars(),
  lostCount: countBars(),
  openCount: countBars(),
  wonValue: totalBars(),
  lostValue: totalBars(),
  openValue: totalBars(),
};

/** The figure's bars from its [value, count] pairs (bin centres in the stored unit). Empty ranges are kept. */
export function figureBars(metric: SalesMetric, values: readonly (readonly [number, number])[]): FigureBar[] {
  const { edges, label } = BARS[metric];
  const counts = edges.map(() => 0);
  for (const [value, count] of values) {
    let bar = 0;
    while (bar + 1 < edges.length && value >= edges[bar + 1]!) bar++;
    counts[bar]! += count;
  }
  return edges.map((lower, i) => ({ key: String(lower), label: label(lower, edges[i + 1] ?? null), count: counts[i]! }));
}
