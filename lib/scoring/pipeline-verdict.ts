// Verdicts in words on "is there enough?": what is held against what is needed, for a pipeline stage, the
// weighted pipeline as a whole, and the flow of new opportunities. The thresholds are data, shown in
// docs/methodology.md §6 by a generated table, so the words a report prints can be traced to one rule.
import { notEnoughData, usable, type NotEnoughData } from "./figure";

export type CoverageLevel = "well-covered" | "enough" | "short";

export interface CoverageThreshold {
  level: CoverageLevel;
  /** The verdict applies from this ratio of held ÷ needed (inclusive) up to the next threshold. */
  from: number;
  /** What the verdict means, as the methodology document states it. */
  meaning: string;
}

/** Highest first; the last starts at 0 so every ratio has a verdict. */
export const COVERAGE_THRESHOLDS: readonly CoverageThreshold[] = [
  {
    level: "well-covered",
    from: 1.5,
    meaning: "At least half as much again as needed: room for deals that slip or are lost.",
  },
  {
    level: "enough",
    from: 1,
    meaning: "What is needed, with less than half as much again to spare.",
  },
  {
    level: "short",
    from: 0,
    meaning: "Less than needed; the report names the shortfall (needed − held).",
  },
];

/**
 * Relative tolerance at the threshold: a ratio that lands exactly on it on paper (a 30% stage holding exactly
 * target × 1 ÷ 0.3) can come out a hair below in floating point, and must not read "short by $0".
 */
const EPSILON = 1e-9;

export interface CoverageVerdict {
  status: "ok";
  level: CoverageLevel;
  /** held ÷ needed. */
  ratio: number;
  /** needed − held when short, otherwise 0. */
  shortfall: number;
  /** held − needed when not short, otherwise 0. */
  surplus: number;
}

export function coverageLevel(ratio: number): CoverageLevel {
  const threshold = COVERAGE_THRESHOLDS.find((t) => ratio >= t.from * (1 - EPSILON));
  return threshold?.level ?? "short";
}

/** What is held against what is needed; a gap when either is unusable or nothing is needed. */
export function coverageVerdict(
  held: number | null | undefined,
  needed: number | null | undefined,
  names: readonly [held: string, needed: string],
): CoverageVerdict | NotEnoughData {
  if (!usable(held) || !usable(needed) || needed === 0) {
    return notEnoughData([...(usable(held) ? [] : [names[0]]), ...(usable(needed) && needed !== 0 ? [] : [names[1]])]);
  }
  const ratio = held / needed;
  if (!Number.isFinite(ratio)) return notEnoughData(names);
  const level = coverageLevel(ratio);
  // Both are finite and ≥ 0, so their difference is finite too.
  const shortfall = level === "short" ? needed - held : 0;
  const surplus = level === "short" ? 0 : Math.max(0, held - needed);
  return { status: "ok", level, ratio, shortfall, surplus };
}
