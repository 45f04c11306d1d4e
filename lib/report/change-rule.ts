// When a change between two reports counts as meaningful (docs/methodology.md §11). The yardstick is the spread of
// the participant's peers at the earlier date, as that report stored it: the distance from the peers' median to the
// edge of their best quarter (the 75th percentile, or the 25th where less is better). A change counts when it is at
// least half that distance — for a bell-shaped spread, about a third of a standard deviation, enough to take a
// company at the median past about one peer in eight — and never smaller than a floor that rounding and the peers'
// bins alone could produce. Without a spread on record there is no verdict, never a guess.
import type { ChangeUnit, ChangeVerdict } from "./since-last-time-schema";

/** The share of the median-to-best-quarter distance a change must reach. */
export const SHARE_OF_SPREAD = 0.5;

/** The smallest change that can count, per unit: points (of a percent) absolutely, money and days relatively. */
export const CHANGE_FLOORS: Readonly<Record<ChangeUnit, { points?: number; share?: number; least?: number }>> = {
  index: { points: 2 },
  rate: { points: 0.02 },
  percent: { points: 2 },
  money: { share: 0.05, least: 1 },
  days: { share: 0.05, least: 1 },
};

export interface ChangeInput {
  unit: ChangeUnit;
  lowerIsBetter: boolean;
  then: number | null;
  now: number | null;
  /** The peers' median and best-quarter edge at the earlier date, in the same unit (and currency) as `then`. */
  peersThen: { median: number | null; topQuartile: number | null };
  /** False when money was given in two currencies, or a figure was worked out differently then. */
  comparable?: boolean;
}

export interface Judgement {
  change: number | null;
  threshold: number | null;
  verdict: ChangeVerdict;
}

/** The floor of a change between `then` and `now`: the larger of the two sets a relative floor, so it is symmetric. */
export function changeFloor(unit: ChangeUnit, then: number, now: number): number {
  const floor = CHANGE_FLOORS[unit];
  if (floor.points !== undefined) return floor.points;
  return Math.max(floor.least ?? 0, (floor.share ?? 0) * Math.max(Math.abs(then), Math.abs(now)));
}

/** The change needed to count, or null when the earlier report stored no spread to measure it by. */
export function changeThreshold(unit: ChangeUnit, then: number, now: number, peersThen: ChangeInput["peersThen"]): number | null {
  const { median, topQuartile } = peersThen;
  if (median === null || topQuartile === null) return null;
  return Math.max(SHARE_OF_SPREAD * Math.abs(topQuartile - median), changeFloor(unit, then, now));
}

export function judgeChange({ unit, lowerIsBetter, then, now, peersThen, comparable = true }: ChangeInput): Judgement {
  if (then === null || now === null || !comparable) return { change: null, threshold: null, verdict: "not-comparable" };
  const change = now - then;
  const threshold = changeThreshold(unit, then, now, peersThen);
  if (threshold === null) return { change, threshold, verdict: "unjudged" };
  // The floor is never zero, so an unchanged figure is never meaningful.
  if (Math.abs(change) < threshold) return { change, threshold, verdict: "steady" };
  const better = lowerIsBetter ? change < 0 : change > 0;
  return { change, threshold, verdict: better ? "improved" : "declined" };
}

/** How many thresholds a meaningful change spans: the order in which the narrative names changes. */
export const changeWeight = (judgement: Judgement) =>
  judgement.change === null || judgement.threshold === null ? 0 : Math.abs(judgement.change) / judgement.threshold;
