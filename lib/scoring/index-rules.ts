// Per-index rules as data: how many answered items an index needs before it is published, and its name.
import type { ScoreIndex } from "@/lib/instrument";

/**
 * Fewest answered items an index needs to be reported; below it the index is "insufficient data", never 0.
 * Set at about half of each index's items in instrument 2026.1 (value 11 items, number 7, win rate 15,
 * sales cycle 14, personal 15): enough that no single answer decides the index. When an instrument version
 * has fewer items for an index than its minimum, the minimum becomes "all of them" (see compile.ts).
 */
export const MINIMUM_ANSWERED: Readonly<Record<ScoreIndex, number>> = {
  value: 6,
  number: 4,
  winRate: 8,
  salesCycle: 7,
  personal: 8,
};

export const INDEX_NAMES: Readonly<Record<ScoreIndex, string>> = {
  value: "Dealmaker Value Index",
  number: "Dealmaker Number Index",
  winRate: "Dealmaker Win Rate Index",
  salesCycle: "Dealmaker Sales Cycle Index",
  personal: "Personal Dealmaker Index",
};
