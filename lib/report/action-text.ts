// The words around the first actions: the order-of-attack paragraph above them, the line that explains each amount
// and the reasons an amount could not be computed. Amounts are rounded to three significant figures: they rest on
// peer medians and a year of the participant's own figures, and more digits would claim a precision they lack.
import type { HardNumber, HardNumberComparison } from "@/lib/scoring";
import type { ActionPick } from "./actions";
import type { ItemStake, Lever, LeverGap, UnpricedReason } from "./action-stakes";
import { formatDays, formatMoney, formatPercent, formatRate, roundMoney } from "./format";

const LEVER_NAMES: Record<Lever, string> = {
  winRate: "win rate",
  salesCycle: "sales cycle",
  value: "deal size",
  number: "number of opportunities",
};

const STAKE_NAMES: Record<Lever, string> = {
  winRate: "win-rate",
  salesCycle: "sales-cycle",
  value: "deal-size",
  number: "opportunity",
};

const HARD_NUMBER_NAMES: Record<HardNumber, string> = {
  unitWinRate: "unit win rate",
  valueWinRate: "value win rate",
  averageDeal: "average won deal",
  cycleDays: "sales cycle",
  quotaAttainment: "quota attainment",
  sellersAtQuota: "share of sellers at quota",
};

const ORDERED_BY_WEIGHT = "The actions are ordered instead by how much each practice weighs in the indices and how weak the answer is.";

const perYear = (amount: number, currency: string | null) => `${formatMoney(roundMoney(amount), currency)} a year`;

function joined(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const PEER_FIGURE_NAMES: Record<Lever, string> = {
  winRate: "the win rate",
  salesCycle: "the sales cycle",
  value: "the deal size",
  number: "the Number Index",
};

/** The reasons levers have no amount, one clause per reason, e.g. "there is no peer figure yet for the win rate". */
function reasonsText(unpriced: readonly { lever: Lever; reason: UnpricedReason }[]): string {
  const of = (reason: UnpricedReason) => unpriced.filter((entry) => entry.reason === reason).map((entry) => entry.lever);
  const clauses: string[] = [];
  if (of("sales-numbers").length) clauses.push("your sales numbers do not give a yearly revenue to work from");
  for (const lever of of("own-figure")) clauses.push(lever === "number" ? "your Number Index could not be scored" : `no ${LEVER_NAMES[lever]} figure was given`);
  const peerless = of("peer-figure").map((lever) => PEER_FIGURE_NAMES[lever]);
  if (peerless.length) clauses.push(`there ${peerless.length > 1 ? "are no peer figures" : "is no peer figure"} yet for ${joined(peerless)}`);
  // The Number lever's step is only ever missing for this reason beside the measured levers' own reasons.
  if (clauses.length === 0 && of("nothing-measured").length) clauses.push("none of win rate, deal size and sales cycle could be compared with peers");
  return joined(clauses);
}

/** Why an action has no amount, or which of its levers the amount leaves out; undefined when nothing is missing. */
export function stakeNote(stake: ItemStake): string | undefined {
  if (stake.unpriced.length === 0) return undefined;
  if (stake.amount === null) return `Money at stake not computed: ${reasonsText(stake.unpriced)}.`;
  const names = stake.unpriced.map(({ lever }) => LEVER_NAMES[lever]);
  return `${capitalised(joined(names))} not counted: ${reasonsText(stake.unpriced)}.`;
}

/**
 * How an amount is made up, e.g. "42% of the win-rate gap and 18% of the sales-cycle gap" (a problem's shortfall)
 * or "30% of the deal-size lead" (a strength).
 */
export function stakeBasis(stake: ItemStake, side: "gap" | "lead"): string {
  const levers = (Object.keys(stake.fractions) as Lever[]).filter((lever) => stake.byLever[lever]! > 0);
  if (levers.length === 0) return `at or above your peers' median on ${joined(Object.keys(stake.fractions).map((lever) => LEVER_NAMES[lever as Lever]))}`;
  levers.sort((a, b) => stake.byLever[b]! - stake.byLever[a]!);
  const share = (lever: Lever) => Math.round(stake.fractions[lever]! * 100);
  return joined(levers.map((lever) => `${share(lever) < 1 ? "under 1%" : `${share(lever)}%`} of the ${STAKE_NAMES[lever]} ${side}`));
}

/** Why this action: the answer given, and what changed it (a missing prerequisite, numbers that contradict it). */
export function whyText(pick: ActionPick, currency: string | null): string {
  const label = pick.question.options.find((option) => option.value === pick.answer)?.label ?? pick.answer;
  const sentences = [`You answered “${label}” to “${pick.question.label}”`];
  if (pick.prerequisite && pick.prerequisite.covered.length > 0) sentences.push(pick.prerequisite.rule.note);
  if (pick.contradictedBy) sentences.push(contradictionText(pick.contradictedBy, currency));
  return sentences.join(" ");
}

const FORMATS: Record<HardNumber, (value: number, currency: string | null) => string> = {
  unitWinRate: formatRate,
  valueWinRate: formatRate,
  averageDeal: formatMoney,
  cycleDays: formatDays,
  quotaAttainment: formatPercent,
  sellersAtQuota: formatPercent,
};

/** Why a practice rated a strength is a CHANGE: its paired number, with the figure, in the peers' bottom quarter. */
function contradictionText({ metric, own }: HardNumberComparison, currency: string | null): string {
  // A comparison has a quartile only when the participant gave the figure.
  const figure = FORMATS[metric](own!, currency);
  const fact = metric === "sellersAtQuota" ? `only ${figure} of your sellers reach quota` : `your ${HARD_NUMBER_NAMES[metric]} is ${figure}`;
  return `You rate this practice highly, yet ${fact}, in the bottom quarter of your peers: until that number moves, treat it as a practice to change, not one to keep.`;
}

/** The paragraph above the actions: the biggest gap in money, the levers after it, and how the amounts are made. */
export function leadText(gaps: readonly LeverGap[], currency: string | null, anyProblem: boolean, staged = false): string {
  const unpriced = gaps.filter((gap) => gap.status === "unpriced");
  if (unpriced.length === gaps.length) {
    const noRevenue = unpriced.some((gap) => gap.reason === "sales-numbers");
    const why = noRevenue
      ? "it starts from the yearly revenue your figures imply, which needs new qualified opportunities, deals won and lost, and the value won in the last 12 months"
      : "there are no peer figures to compare your numbers with yet";
    return `Money at stake could not be computed: ${why}. ${ORDERED_BY_WEIGHT}`;
  }
  const missing = unpriced.length ? ` The ${joined(unpriced.map((gap) => LEVER_NAMES[gap.lever]))} could not be priced: ${reasonsText(unpriced)}.` : "";
  const priced = gaps.flatMap((gap) => (gap.status === "priced" && gap.amount > 0 ? [gap] : [])).sort((a, b) => b.amount - a.amount);
  if (priced.length === 0) {
    const ahead = gaps.flatMap((gap) => (gap.status === "priced" && gap.leadAmount > 0 ? [gap] : [])).sort((a, b) => b.leadAmount - a.leadAmount);
    const atOrAbove = "Your numbers are at or above your peers' medians on every lever that could be priced";
    if (anyProblem || ahead.length === 0) return `${atOrAbove}, so no action carries money at stake.${missing} ${ORDERED_BY_WEIGHT}`;
    const leads = ahead.map((gap) => `${LEVER_NAMES[gap.lever]} (${perYear(gap.leadAmount, currency)})`);
    return `${atOrAbove}. Your leads over the median, in what falling back to it would cost, are ${joined(leads)}.${missing}`;
  }
  const [first, ...rest] = priced;
  const then = rest.length ? `; then ${joined(rest.map((gap) => `${LEVER_NAMES[gap.lever]} (${perYear(gap.amount, currency)})`))}` : "";
  const step = priced.some((gap) => gap.lever === "number")
    ? " The opportunity gap is counted as a 10% step in new opportunities, because your Number Index is below the peer median and peers' opportunity counts are not compared."
    : "";
  const how = anyProblem
    ? " Each action below carries the share of these gaps that its practice explains, in proportion to the practice's weight and how weak your answer is, so the amounts add up and nothing is counted twice."
    : " You rate every practice behind them as a strength, so test those ratings against the numbers before you scale them.";
  const start = anyProblem && !staged ? " Start with the first." : "";
  return `Against your peers' medians, your biggest gap is ${LEVER_NAMES[first!.lever]}, worth about ${perYear(first!.amount, currency)}${then}.${step}${how}${start}${missing}`;
}
