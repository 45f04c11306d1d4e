// Medians and quartiles of the members' figures, under the dashboard's disclosure rule: no figure over fewer values
// than the minimum, quartiles only over QUARTILE_FACTOR times as many (team-rules.ts).
import { QUARTILE_FACTOR } from "./team-rules";

export interface Spread {
  median: number;
  /** Null below QUARTILE_FACTOR × the minimum. */
  p25: number | null;
  p75: number | null;
}

/** PostgreSQL's percentile_cont over sorted values: linear interpolation at position q × (n − 1). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("No values to take a quantile of");
  const position = q * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

export function sortedPresent(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((value): value is number => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
}

/** The median (and quartiles) of the values present, rounded by `round`; null when fewer than `minimum` are. */
export function spreadOf(values: readonly (number | null | undefined)[], minimum: number, round: (value: number) => number): Spread | null {
  const sorted = sortedPresent(values);
  if (sorted.length < minimum) return null;
  const quartiles = sorted.length >= QUARTILE_FACTOR * minimum;
  return {
    median: round(quantile(sorted, 0.5)),
    p25: quartiles ? round(quantile(sorted, 0.25)) : null,
    p75: quartiles ? round(quantile(sorted, 0.75)) : null,
  };
}

/** The median of the values present, unrounded; null when fewer than `minimum` are. */
export function medianOf(values: readonly (number | null | undefined)[], minimum: number): number | null {
  const sorted = sortedPresent(values);
  return sorted.length < minimum ? null : quantile(sorted, 0.5);
}
