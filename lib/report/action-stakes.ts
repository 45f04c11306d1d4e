// Revenue at stake, in the participant's money per year: how much more the velocity formula gives when one lever
// moves from the participant's own figure to the peer median, the other three held as they are. Pure arithmetic
// (docs/methodology.md §8 has the rule and a worked example):
//   win rate      V × (median ÷ own − 1)      = opportunities × average deal × (median − own win rate)
//   deal value    V × (median ÷ own − 1)      = opportunities × win rate × (median − own average deal)
//   sales cycle   V × (own ÷ median − 1)      velocity ∝ 1 ÷ cycle with the same opportunities being worked
//   number        V × 10% when the Number index is below its peer median (no peer count of opportunities exists),
//                 nothing when the figures show the count was enough (condition opportunities-enough)
// where V = velocity × 365 = yearly opportunities × average won deal × unit win rate, and a lever at or above the
// median has nothing at stake. A lever ahead of the median has a lead instead: what falling back to the median
// would cost, V × (1 − median ÷ own), V × (1 − own cycle ÷ median cycle), or V × 10% for the Number index. Each
// lever's amount is then shared among the practices behind it (see splitStakes).
import type { CompanyIndex } from "@/lib/instrument";
import type { HardNumber, HardNumberComparison } from "@/lib/scoring";

export type Lever = CompanyIndex;
export const LEVERS: readonly Lever[] = ["winRate", "salesCycle", "value", "number"];

/** The reference's what-if step, used for the Number lever, which has no peer hard number. */
export const NUMBER_STEP = 0.1;

/**
 * Why a lever has no amount: no yearly revenue to work from, no own figure, no peer figure, or (Number only) none
 * of the measured levers could be priced.
 */
export type UnpricedReason = "sales-numbers" | "own-figure" | "peer-figure" | "nothing-measured";

export type LeverGap =
  | {
      lever: Lever;
      status: "priced";
      own: number;
      median: number;
      /** Shortfall as a fraction of V (0 at or above the median) and its amount a year. */
      gap: number;
      amount: number;
      /** Lead as a fraction of V (0 at or below the median) and its amount a year. */
      lead: number;
      leadAmount: number;
    }
  | { lever: Lever; status: "unpriced"; reason: UnpricedReason };

export interface StakeInputs {
  /** Revenue a year the participant's figures imply (velocity × 365); null when it cannot be computed. */
  velocityPerYear: number | null;
  /** The hard numbers beside the peer medians (lib/scoring/hard-numbers.ts), in the participant's units. */
  hardNumbers: readonly HardNumberComparison[];
  /** The Number index and its peer median, whole percent. */
  numberIndex: number | null;
  numberMedian: number | null;
  /**
   * The figures show the count of opportunities is not what fell short (condition `opportunities-enough`: the
   * target was reached, or would have been at the peers' median win rate); then the Number lever carries no gap.
   */
  countEnough?: boolean;
}

const HARD_NUMBER_OF: Record<Exclude<Lever, "number">, HardNumber> = { winRate: "unitWinRate", value: "averageDeal", salesCycle: "cycleDays" };

/** The lever's shortfall and lead as fractions of velocity; at most one of them is above 0. */
function gapOf(lever: Lever, own: number, median: number): { gap: number; lead: number } {
  if (lever === "number") return { gap: own < median ? NUMBER_STEP : 0, lead: own > median ? NUMBER_STEP : 0 };
  // Velocity grows with the win rate and the deal value and shrinks with the cycle.
  const [better, worse] = lever === "salesCycle" ? [median, own] : [own, median];
  return { gap: Math.max(0, worse / better - 1), lead: Math.max(0, 1 - worse / better) };
}

function leverGap(lever: Lever, inputs: StakeInputs): LeverGap {
  const revenue = inputs.velocityPerYear;
  if (revenue === null || !(revenue > 0)) return { lever, status: "unpriced", reason: "sales-numbers" };
  const figures =
    lever === "number"
      ? { own: inputs.numberIndex, median: inputs.numberMedian }
      : (inputs.hardNumbers.find((entry) => entry.metric === HARD_NUMBER_OF[lever]) ?? { own: null, median: null });
  // Index scores may be 0; the hard numbers divide, so they must be positive.
  const usable = (value: number | null): value is number => value !== null && (lever === "number" || value > 0);
  if (!usable(figures.own)) return { lever, status: "unpriced", reason: "own-figure" };
  if (!usable(figures.median)) return { lever, status: "unpriced", reason: "peer-figure" };
  const { gap, lead } = gapOf(lever, figures.own, figures.median);
  if (lever === "number" && inputs.countEnough && gap > 0) return { lever, status: "priced", own: figures.own, median: figures.median, gap: 0, amount: 0, lead, leadAmount: revenue * lead };
  return { lever, status: "priced", own: figures.own, median: figures.median, gap, amount: revenue * gap, lead, leadAmount: revenue * lead };
}

/**
 * Every lever's gap. The Number lever's 10% step only adds to measured gaps: when none of win rate, deal value and
 * cycle can be priced, it is left unpriced too, so a report never names opportunities as the biggest gap merely
 * because nothing else was measured.
 */
export function leverGaps(inputs: StakeInputs): LeverGap[] {
  const gaps = LEVERS.map((lever) => leverGap(lever, inputs));
  const measured = gaps.filter((gap) => gap.lever !== "number");
  if (measured.some((gap) => gap.status === "priced")) return gaps;
  const revenueMissing = measured.some((gap) => gap.status === "unpriced" && gap.reason === "sales-numbers");
  const reason: UnpricedReason = revenueMissing ? "sales-numbers" : "nothing-measured";
  return gaps.map((gap) => (gap.lever === "number" ? { lever: gap.lever, status: "unpriced", reason } : gap));
}

/** What one action weighs on each lever: weight × (1 − value) for a problem, weight × value for a strength. */
export type Shares = Partial<Record<Lever, number>>;

export interface ItemStake {
  /** Sum of its parts over the priced levers it feeds; null when none of them is priced. */
  amount: number | null;
  /** Its part of each priced lever's amount. */
  byLever: Partial<Record<Lever, number>>;
  /** Its share of each priced lever's amount, 0–1. */
  fractions: Partial<Record<Lever, number>>;
  /** Levers it feeds that have no amount, with the reason. */
  unpriced: { lever: Lever; reason: UnpricedReason }[];
}

/**
 * Shares each lever's amount (the shortfall among problems, the lead among strengths) in proportion to their
 * shares on that lever, so the amounts on a lever add up to the lever's amount and nothing is counted twice.
 */
export function splitStakes(gaps: readonly LeverGap[], shares: readonly Shares[], side: "shortfall" | "lead"): ItemStake[] {
  const totals = new Map<Lever, number>();
  for (const entry of shares) for (const [lever, value] of Object.entries(entry) as [Lever, number][]) totals.set(lever, (totals.get(lever) ?? 0) + value);
  return shares.map((entry) => {
    const stake: ItemStake = { amount: null, byLever: {}, fractions: {}, unpriced: [] };
    for (const gap of gaps) {
      const value = entry[gap.lever] ?? 0;
      if (!(value > 0)) continue;
      if (gap.status === "unpriced") {
        stake.unpriced.push({ lever: gap.lever, reason: gap.reason });
        continue;
      }
      const fraction = value / totals.get(gap.lever)!;
      const part = (side === "shortfall" ? gap.amount : gap.leadAmount) * fraction;
      stake.fractions[gap.lever] = fraction;
      stake.byLever[gap.lever] = part;
      stake.amount = (stake.amount ?? 0) + part;
    }
    return stake;
  });
}
