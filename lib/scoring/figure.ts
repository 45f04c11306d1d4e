// Every number the sales mathematics produces is either a finite figure or an explicit "not enough data" that
// names what is missing, so no NaN or Infinity can ever reach a page or a chart.

/** `missing` names the inputs that were absent or unusable (negative, not finite, or zero where they divide). */
export interface NotEnoughData {
  status: "not-enough-data";
  missing: string[];
}

export interface Figure {
  status: "ok";
  value: number;
}

export type FigureOrGap = Figure | NotEnoughData;

export function figure(value: number): Figure {
  return { status: "ok", value };
}

export function notEnoughData(missing: readonly string[]): NotEnoughData {
  return { status: "not-enough-data", missing: [...new Set(missing)] };
}

/** A usable input: a finite number at least 0 (counts, money, days and rates are never negative). */
export function usable(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** `numerator ÷ denominator` when both are usable and the denominator is not zero; otherwise names the culprits. */
export function divide(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
  names: readonly [numerator: string, denominator: string],
): FigureOrGap {
  if (!usable(numerator) || !usable(denominator) || denominator === 0) {
    const missing: string[] = [];
    if (!usable(numerator)) missing.push(names[0]);
    if (!usable(denominator) || denominator === 0) missing.push(names[1]);
    return notEnoughData(missing);
  }
  return finiteOr(numerator / denominator, names);
}

/** Guards the last step: inputs near the limits of a double can still overflow, and that must not leak out. */
export function finiteOr(value: number, inputs: readonly string[]): FigureOrGap {
  return Number.isFinite(value) ? figure(value) : notEnoughData(inputs);
}
