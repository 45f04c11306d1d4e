// Win rates two ways, as the reference explains: by number of deals and by their value. Open deals are neither
// won nor lost, so they stay out of both rates, and are reported beside them rather than silently dropped.
import { divide, notEnoughData, usable, type FigureOrGap } from "./figure";

export interface DealTotals {
  wonCount?: number | null;
  wonValue?: number | null;
  lostCount?: number | null;
  lostValue?: number | null;
  openCount?: number | null;
  openValue?: number | null;
}

export interface WinRates {
  /** won ÷ (won + lost), as a fraction 0–1. */
  unit: FigureOrGap;
  /** won value ÷ (won value + lost value), as a fraction 0–1. */
  value: FigureOrGap;
  /** Shown beside the rates; null when not given. */
  open: { count: number | null; value: number | null };
}

export interface Deal {
  value: number;
  outcome: "won" | "lost" | "open";
}

/** won ÷ (won + lost); "not enough data" when either is missing or there are no closed deals at all. */
export function winRate(
  won: number | null | undefined,
  lost: number | null | undefined,
  names: readonly [won: string, lost: string],
): FigureOrGap {
  if (!usable(won) || !usable(lost)) {
    return notEnoughData(names.filter((_, i) => !usable([won, lost][i])));
  }
  return divide(won, won + lost, [names[0], `${names[0]} + ${names[1]}`]);
}

export function winRates(totals: DealTotals): WinRates {
  return {
    unit: winRate(totals.wonCount, totals.lostCount, ["wonCount", "lostCount"]),
    value: winRate(totals.wonValue, totals.lostValue, ["wonValue", "lostValue"]),
    open: {
      count: usable(totals.openCount) ? totals.openCount : null,
      value: usable(totals.openValue) ? totals.openValue : null,
    },
  };
}

/** Totals from a list of individual deals, as in the reference's four-deal scenarios. */
export function tallyDeals(deals: readonly Deal[]): Required<DealTotals> {
  const totals = { wonCount: 0, wonValue: 0, lostCount: 0, lostValue: 0, openCount: 0, openValue: 0 };
  for (const deal of deals) {
    totals[`${deal.outcome}Count`] += 1;
    totals[`${deal.outcome}Value`] += deal.value;
  }
  return totals;
}
