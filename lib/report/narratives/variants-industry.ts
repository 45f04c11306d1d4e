// Variants by industry, where it changes the advice: renewals carry the business in industries whose revenue mostly
// recurs (condition `recurring-revenue`), while in industries that sell mainly by order or project (condition
// `project-revenue`) the renewal question is read as repeat business. Merged by profile-variants.ts.
import type { ProfileVariants } from "./types";

const LOW = ["strongly-disagree", "disagree"] as const;

export const INDUSTRY_VARIANTS: ProfileVariants = {
  bands: {},
  questions: {
    "c.retention.renewal-rate": [
      {
        answers: LOW,
        when: "recurring-revenue",
        text: "Your renewal rate is below where it should be, and in your industry renewals carry much of the revenue, so every lost contract must be replaced before growth can start. Look at last year's lost renewals and find when each customer stopped using what they bought; it is usually months before the contract date. Give every account a check on use and results at least a quarter before renewal, and make one person answerable for each.",
      },
      {
        answers: ["not-sure"],
        when: "recurring-revenue",
        text: "You are not sure about your renewal rate, although in your industry much of the revenue usually comes from contracts and subscriptions that renew. Measure it now: the share of contracts due last year that renewed, by count and by value. Few figures say more about the health of a recurring business.",
      },
      {
        answers: LOW,
        when: "project-revenue",
        text: "Your renewal rate is below where it should be. In your industry most revenue comes from orders and projects rather than subscriptions, so look at the contracts that do renew, such as service, maintenance or retainer agreements, and at whether customers come back for the next project. Ask the customers who did not come back what would have kept them.",
      },
      {
        answers: ["not-sure"],
        when: "project-revenue",
        text: "You are not sure about your renewal rate, and in your industry much of the revenue comes from orders and projects rather than subscriptions. Read this item as repeat business: the share of last year's customers who bought again or extended a service contract. If that share is low, give it a place among your priorities.",
      },
    ],
  },
};
