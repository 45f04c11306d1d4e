// Working back from next quarter's target to the wins and the new qualified opportunities it takes, with the
// participant's own average won deal and unit win rate, beside the opportunities they create in a quarter at the
// rate of the last 12 months. Counts are whole: what is needed is rounded up (half a deal cannot be won), what is
// created is rounded to the nearest, and the verdict compares those whole numbers, so the report never prints
// "you need 364, you create 364: short by 1".
import { divide, figure, notEnoughData, usable, type FigureOrGap, type NotEnoughData } from "./figure";
import { coverageVerdict, type CoverageVerdict } from "./pipeline-verdict";

export const QUARTERS_PER_YEAR = 4;

export interface OpportunitiesNeededInputs {
  /** Revenue target for next quarter. */
  target: number | null | undefined;
  /** Won value ÷ won count, last 12 months. */
  averageDealValue: number | null | undefined;
  /** Unit win rate (won ÷ decided), a fraction 0–1. */
  winRate: number | null | undefined;
  /** New qualified opportunities created in the last 12 months. */
  yearlyOpportunities: number | null | undefined;
}

export interface OpportunitiesNeeded {
  /** target ÷ average won deal, rounded up. */
  dealsNeeded: FigureOrGap;
  /** target ÷ average won deal ÷ unit win rate, rounded up: new qualified opportunities a quarter. */
  opportunitiesNeeded: FigureOrGap;
  /** yearly new qualified opportunities ÷ 4, rounded: the quarter's at today's rate. */
  opportunitiesPerQuarter: FigureOrGap;
  /** opportunitiesPerQuarter against opportunitiesNeeded. */
  verdict: CoverageVerdict | NotEnoughData;
}

// Rounding a finite number keeps it finite.
const whole = (value: FigureOrGap, round: (x: number) => number): FigureOrGap => (value.status === "ok" ? figure(round(value.value)) : value);

export function opportunitiesNeeded(inputs: OpportunitiesNeededInputs): OpportunitiesNeeded {
  const target = usable(inputs.target) && inputs.target > 0 ? inputs.target : null;
  const deals = divide(target, inputs.averageDealValue, ["target", "averageDealValue"]);
  const opportunities = deals.status === "ok" ? divide(deals.value, inputs.winRate, ["dealsNeeded", "winRate"]) : deals;
  const dealsNeeded = whole(deals, Math.ceil);
  const needed = whole(opportunities, Math.ceil);
  const perQuarter = whole(divide(inputs.yearlyOpportunities, QUARTERS_PER_YEAR, ["opportunities", "quarters"]), Math.round);
  const verdict =
    needed.status === "ok" && perQuarter.status === "ok"
      ? coverageVerdict(perQuarter.value, needed.value, ["opportunitiesPerQuarter", "opportunitiesNeeded"])
      : notEnoughData([...(needed.status === "ok" ? [] : needed.missing), ...(perQuarter.status === "ok" ? [] : perQuarter.missing)]);
  return { dealsNeeded, opportunitiesNeeded: needed, opportunitiesPerQuarter: perQuarter, verdict };
}
