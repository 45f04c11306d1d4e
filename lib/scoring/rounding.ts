// One rounding rule for every published percentage, so a reader who redoes the arithmetic gets the same digits.

/**
 * Tolerance for binary floating point: a weighted mean that is exactly 76.5 on paper can come out as
 * 76.49999999999999 in a double, and must still round up like the paper figure does.
 */
const FLOAT_TOLERANCE = 1e-9;

/** Round half up to a whole percent, clamped to 0–100. Non-decreasing, so it never breaks monotonicity. */
export function roundPercent(percent: number): number {
  const rounded = Math.floor(percent + 0.5 + FLOAT_TOLERANCE);
  return Math.min(100, Math.max(0, rounded));
}
