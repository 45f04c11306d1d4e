// Part B: the participant's own sales figures for the last twelve months. They feed the sales-velocity and
// win-rate mathematics in the report, not the indices, so every field is optional; what is given must be sane.
import { choice, numberInput, section } from "./build";
import { PART_B_IDS } from "./question-ids";
import { CURRENCY_OPTIONS } from "./scales";

export { PART_B_IDS, COUNT_VALUE_PAIRS } from "./question-ids";

export const MAX_DEAL_COUNT = 10_000_000;
export const MAX_MONEY_VALUE = 1e13;
export const MIN_CYCLE_DAYS = 1;
export const MAX_CYCLE_DAYS = 3650;
/** Teams can beat their quota several times over; beyond five times it is almost surely a typing slip. */
export const MAX_QUOTA_ATTAINMENT_PERCENT = 500;

const count = (id: string, label: string, help: string, unit: "deals" | "opportunities" = "deals") =>
  numberInput({ id, label, help, unit, min: 0, max: MAX_DEAL_COUNT, integer: true });

const money = (id: string, label: string, help: string) =>
  numberInput({ id, label, help, unit: "currency", min: 0, max: MAX_MONEY_VALUE, integer: false });

export const numbersSection = section({
  id: "b.numbers",
  part: "B",
  title: "Your sales numbers",
  intro:
    "Figures for the last 12 months for the team you answer for. Every field is optional: fill in what you know, " +
    "and leave the rest empty rather than guessing.",
  questions: [
    choice({
      id: PART_B_IDS.currency,
      label: "Currency of your deal values",
      help: "Choose it before entering any value of deals below: amounts are read in this currency.",
      options: CURRENCY_OPTIONS,
      required: false,
    }),
    count(
      PART_B_IDS.newOpportunities,
      "New qualified opportunities created in the last 12 months",
      "Opportunities that passed your own qualification test in the period.",
      "opportunities",
    ),
    count(PART_B_IDS.wonCount, "Deals won in the last 12 months", "Number of deals closed as won in the period."),
    money(PART_B_IDS.wonValue, "Total value of deals won in the last 12 months", "The combined value of those won deals, for example 2,500,000 or 2.5M."),
    count(PART_B_IDS.lostCount, "Deals lost in the last 12 months", "Deals closed as lost, including those you walked away from."),
    money(PART_B_IDS.lostValue, "Total value of deals lost in the last 12 months", "What those lost deals would have been worth, for example 3,500,000 or 3.5M."),
    count(PART_B_IDS.openCount, "Deals still open today", "Qualified deals not yet won or lost today."),
    money(PART_B_IDS.openValue, "Total value of the deals open today", "The combined value of those open deals, for example 1,200,000 or 1.2M."),
    numberInput({
      id: PART_B_IDS.cycleDays,
      label: "Average sales cycle of won deals, in days",
      help: "From the first qualified conversation to signature, averaged over the deals you won.",
      unit: "days",
      min: MIN_CYCLE_DAYS,
      max: MAX_CYCLE_DAYS,
      integer: false,
    }),
    numberInput({
      id: PART_B_IDS.quotaAttainment,
      label: "Quota attainment, as a percentage",
      help: "Revenue achieved against the team's target; 100 means exactly on target.",
      unit: "percent",
      min: 0,
      max: MAX_QUOTA_ATTAINMENT_PERCENT,
      integer: false,
    }),
    numberInput({
      id: PART_B_IDS.sellersAtQuota,
      label: "Share of sellers at or above quota, as a percentage",
      help: "Of the people with a personal target, how many reached it.",
      unit: "percent",
      min: 0,
      max: 100,
      integer: false,
    }),
  ],
});
