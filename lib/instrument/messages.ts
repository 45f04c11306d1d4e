// Error messages shown beside a field. Each says what to enter rather than what went wrong, so a participant
// can fix the field without reading the rest of the page.
import type { NumberQuestion, NumberUnit } from "./definition";

export const formatNumber = (n: number) => n.toLocaleString("en-US");

const COUNT_NOUNS: Partial<Record<NumberUnit, string>> = { deals: "deals", opportunities: "opportunities" };

export type NumberRule = Pick<NumberQuestion, "unit" | "min" | "max" | "integer">;

/** Messages for a bounded number: `type` when it is not a number, `low` / `high` when it is out of range. */
export function numberMessages(rule: NumberRule): { type: string; low: string; high: string } {
  const { unit, min, max } = rule;
  const noun = COUNT_NOUNS[unit];
  if (noun && rule.integer) {
    return {
      type: `Enter the number of ${noun} in digits, for example 12`,
      low: `Enter a whole number of ${noun}, ${formatNumber(min)} or more`,
      high: `Enter at most ${formatNumber(max)} ${noun}; check the figure`,
    };
  }
  switch (unit) {
    case "currency":
      return {
        type: "Enter the amount as a number, such as 2,500,000 or 2.5M",
        low: `Enter an amount of ${formatNumber(min)} or more`,
        high: `Enter an amount of at most ${formatNumber(max)}; check the figure`,
      };
    case "days":
      return {
        type: "Enter the number of days in digits, for example 90",
        low: `Enter a number of days between ${formatNumber(min)} and ${formatNumber(max)}`,
        high: `Enter a number of days between ${formatNumber(min)} and ${formatNumber(max)}`,
      };
    case "percent":
      return {
        type: "Enter a percentage in digits, without the % sign",
        low: `Enter a percentage between ${formatNumber(min)} and ${formatNumber(max)}`,
        high: `Enter a percentage between ${formatNumber(min)} and ${formatNumber(max)}`,
      };
    default:
      return {
        type: "Enter a number in digits",
        low: `Enter a number of ${formatNumber(min)} or more`,
        high: `Enter a number of at most ${formatNumber(max)}`,
      };
  }
}

export const MESSAGES = {
  chooseAnswer: "Choose an answer",
  chooseListed: "Choose one of the listed answers",
  enterText: "Enter this as text",
  tooLong: (max: number) => `Keep this to ${formatNumber(max)} characters or fewer`,
  email: "Enter an email address like name@company.com",
  consent: "Tick the box to agree, or leave it unticked",
  notInStep: "This question is not part of this step of the survey",
  notInSurvey: "This question is not part of the survey",
  contactNeedsConsent: "Tick the consent box to share this, or clear the field",
  valueNeedsCount: (noun: string) => `Enter the number of ${noun} as well, or clear this value`,
  valueWithoutDeals: (noun: string) => `You entered 0 ${noun}, so their total value must be 0`,
  cycleNeedsWins: "An average sales cycle needs at least one deal won; enter your deals won or clear this field",
  currencyNeeded: "Choose the currency your deal values are in",
  stages: (min: number, max: number) => `Add between ${min} and ${max} pipeline stages`,
  stagesMissing: "Add your pipeline stages, or skip this step",
  stageName: "Give this stage a name",
  duplicateStage: "Each stage needs its own name; this one is already used",
  stageCount: "Enter the number of deals in this stage: a whole number, 0 or more",
  stageConversion: "Enter the share of deals won from this stage: a percentage between 0 and 100",
  target: "Enter your revenue target for next quarter, greater than 0",
  pipelineShape: "Enter the pipeline as a list of stages and a target",
  stageShape: "Enter a name, deal count, value and conversion for this stage",
} as const;
