// Readings: a figure with what it means for this company, instead of a bare "Your unit win rate is 12%." A reading
// is the figure's lead, where it stands and what that standing means, e.g. "20% of your sellers reach quota, in the
// bottom quarter of your peers, so the shortfall runs across the team rather than sitting with a few sellers".
// lib/report/figure-readings.ts builds them; a template prints one as a sentence of its own: "{sellersAtQuotaReading}."
//
// Standing: the figure's quarter among the peers (compareHardNumbers, direction-aware); without one, the absolute
// thresholds of the perception gaps (ABSOLUTE_THRESHOLDS: below `low`, `low` to `high`, at or above `high`); for
// the figures with no such threshold (deal size, cycle), no standing and a neutral meaning. The opportunity count
// has no peer figure: its standing is the figure condition that settles it (conditions.ts). Every meaning must be
// true for every figure of its standing: it may only say what the standing itself implies.
import type { HardNumber, Quartile } from "@/lib/scoring/hard-numbers";
import { STANDING } from "./perception-gaps";

/** Where a hard number stands: its peer quarter, "level" when it prints as the peers' median, else absolute. */
export type HardStanding = Quartile | "level" | "low" | "middle" | "high" | "none";
/** Where the opportunity count stands: the figure condition that holds (none: no condition settles it). */
export type CountStanding = "target-reached" | "enough-at-peer-win-rate" | "opportunities-short" | "none";

export const READING_PLACEHOLDERS = {
  unitWinRateReading: "unitWinRate",
  valueWinRateReading: "valueWinRate",
  averageDealReading: "averageDeal",
  cycleDaysReading: "cycleDays",
  quotaAttainmentReading: "quotaAttainment",
  sellersAtQuotaReading: "sellersAtQuota",
  opportunitiesReading: "opportunities",
  openValueReading: "openValue",
} as const satisfies Record<string, HardNumber | "opportunities" | "openValue">;
export type ReadingPlaceholder = keyof typeof READING_PLACEHOLDERS;

const MIDDLE = { better: "in the better half of your peers", weaker: "in the weaker half of your peers" };
const CYCLE_MIDDLE = { better: "in the faster half of your peer group", weaker: "in the slower half of your peer group" };

/** The standing's words; a shorter cycle is the better quarter. "none" has no words. */
export function standingWords(metric: HardNumber, standing: HardStanding): string | null {
  const cycle = metric === "cycleDays";
  switch (standing) {
    case "top":
      return cycle ? STANDING.cycle.top : STANDING.top;
    case "bottom":
      return cycle ? STANDING.cycle.bottom : STANDING.bottom;
    case "upper-middle":
      return (cycle ? CYCLE_MIDDLE : MIDDLE).better;
    case "lower-middle":
      return (cycle ? CYCLE_MIDDLE : MIDDLE).weaker;
    case "level":
      return "level with your peers' median";
    case "low":
      return STANDING.absolute.low;
    case "high":
      return STANDING.absolute.high;
    case "middle":
      return "neither high nor low for a sales team";
    case "none":
      return null;
  }
}

type HardReading = { lead: string; meaning: Partial<Record<HardStanding, string>> };

/** `#` is the figure. A standing with no meaning (e.g. "level") prints the lead and the standing alone. */
export const HARD_READINGS: Record<HardNumber, HardReading> = {
  unitWinRate: {
    lead: "You win # of the qualified deals that reach a decision",
    meaning: {
      top: "so the next gain lies in more or larger deals rather than in winning more often",
      "upper-middle": "so you convert better than the typical peer, with the best quarter still ahead",
      "lower-middle": "so the typical peer wins more of its deals, and reaching their median is the first target",
      bottom: "so more of your selling time ends in lost deals than at most of them",
      high: "so you win more of your qualified deals than you lose",
      middle: "so you still lose more of your qualified deals than you win",
      low: "so fewer than one qualified deal in six ends in a win",
    },
  },
  valueWinRate: {
    lead: "By value you win # of what is decided",
    meaning: {
      top: "so the money you pursue converts better than at most of them",
      "upper-middle": "so the money you pursue converts better than at the typical peer",
      "lower-middle": "so less of the money you pursue converts than at the typical peer",
      bottom: "so less of the money you pursue converts than at most of them",
      high: "so you win more of the value you bid for than you lose",
      middle: "so more of the value you bid for is lost than won",
      low: "so most of the value you bid for is lost",
    },
  },
  averageDeal: {
    lead: "Your average won deal is #",
    meaning: {
      top: "so each win brings in more than at most of them, and each point of discount costs more",
      "upper-middle": "so your deals are larger than the typical peer's, with the top quarter still ahead",
      "lower-middle": "so your deals are smaller than the typical peer's, which leaves room in scope and price",
      bottom: "so you need more wins than most of them to book the same revenue",
      none: "the yardstick for what each discount and each lost deal costs",
    },
  },
  cycleDays: {
    lead: "Your won deals take # on average",
    meaning: {
      top: "so revenue from each won deal arrives sooner than at most of them",
      "upper-middle": "so deals move faster than at the typical peer, with the fastest quarter still ahead",
      "lower-middle": "so deals move slower than at the typical peer, which holds back revenue per day",
      bottom: "so each deal ties up a seller for longer than at most of them",
      none: "the time each deal ties up a seller before it brings in revenue",
    },
  },
  quotaAttainment: {
    lead: "Your team reached # of quota",
    meaning: {
      top: "so it delivers more of its plan than most of them",
      "upper-middle": "so it delivers more of its plan than the typical peer, though short of the best",
      "lower-middle": "so it delivers less of its plan than the typical peer",
      bottom: "so it delivers less of its plan than most of them",
      high: "so the plan was beaten by a wide margin; check that targets were not set too low",
      middle: "so it finished within a fifth of its plan",
      low: "so the plan was missed by more than a fifth",
    },
  },
  sellersAtQuota: {
    lead: "# of your sellers reach quota",
    meaning: {
      top: "so success is spread across the team rather than carried by a few stars",
      "upper-middle": "so coaching the sellers just short of quota is the quickest way into the top quarter",
      "lower-middle": "so more of your sellers miss their number than at the typical peer, and whether they miss by a little or a lot decides where coaching starts",
      bottom: "so the shortfall runs across the team rather than sitting with a few sellers",
      high: "so success is spread across the team rather than carried by a few stars",
      middle: "so a sizeable part of the team misses its number",
      low: "so most of your sellers miss their number",
    },
  },
};

/**
 * The value win rate's meaning when the unit win rate is known too: the gap between the two (WIN_RATE_GAP_WORTH_NAMING,
 * the figure conditions of conditions.ts) says whether deal size changes the odds, which is what a reader of the value
 * win rate needs; the quarter meanings above serve only when the unit win rate is missing.
 */
export const VALUE_AGAINST_UNIT = {
  "value-below-unit": "and clearly below your rate by count, so it is the larger deals that get away",
  "value-above-unit": "and clearly above your rate by count, so larger deals go your way more often than small ones",
  "value-level-with-unit": "and close to your rate by count, so deal size barely changes your odds of winning",
} as const;

/**
 * The opportunity count: `#` the count, then what its condition says about it (`standing`, repeated in a later
 * section) and what that means (once per report).
 */
export const COUNT_READING: { lead: string; leadOne: string; byStanding: Record<CountStanding, { standing: string | null; meaning: string }> } = {
  lead: "You created # new qualified opportunities in the last 12 months",
  leadOne: "You created # new qualified opportunity in the last 12 months",
  byStanding: {
    "target-reached": { standing: "enough to carry the team to its target", meaning: "so the count is not what limits you" },
    "enough-at-peer-win-rate": {
      standing: "enough for your target at your peers' median win rate",
      meaning: "so winning more of them matters more than finding more",
    },
    "opportunities-short": {
      standing: "too few for your target even with a win rate at or above your peers' median",
      meaning: "so the count or size of deals is what fell short",
    },
    none: { standing: null, meaning: "the count every other factor of velocity multiplies" },
  },
};

/**
 * Velocity against the peers: what the same opportunities in play would deliver at the peers' median deal, win rate
 * and cycle (`#`), then, by the ratio of the participant's velocity to that figure (first band whose `from` it
 * reaches), what it means and which lesson of the compounding arithmetic fits (its text: sales-narrative.ts). In a
 * meaning, `%` is the peers' velocity as a whole multiple of the participant's and `@` the factors whose peer median
 * is better than the participant's own figure (`factors`: never all three when one of them is yours to keep).
 */
export const VELOCITY_READING = {
  lead: "Worked at your peers' median deal size, win rate and cycle, the same number of opportunities in play would deliver about # a day",
  // When the peers' figure prints as the participant's own (small amounts a day): no second, identical figure.
  same: "Worked at your peers' median deal size, win rate and cycle, the same number of opportunities in play would deliver about as much a day as yours, so your factors together match a typical peer's",
  bands: [
    { from: 1.25, meaning: "so your own mix of the four factors already outruns a typical peer's", lesson: "lessonAhead" },
    { from: 0.8, meaning: "close to your own, so your factors together match a typical peer's", lesson: "lessonLevel" },
    { from: 0.5, meaning: "so you are a clear step behind a typical peer, and the gap lies in your @", lesson: "lessonBehind" },
    {
      from: 0,
      meaning: "about % times your own, so the gap to your peers lies in your @, not in how many opportunities you work",
      lesson: "lessonFarBehind",
    },
  ],
  factors: { averageDeal: "deal size", unitWinRate: "win rate", cycleDays: "cycle" },
} as const;

/** The open deals' value: `#` the value, then what it would bring in at the value win rate (`@`). */
export const OPEN_VALUE_READING = {
  lead: "Your open deals are valued at # in total",
  yield: "which at your value win rate would bring in about @",
} as const;
