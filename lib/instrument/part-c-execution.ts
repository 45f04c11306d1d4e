// Part C, second half: how the company competes, keeps customers and runs its revenue engine. Weights follow
// the same convention as part-c-foundations.ts (3 = decisive for that factor, 1 = supporting).
import { choice, importance, section, statement } from "./build";

export const retentionSection = section({
  id: "c.retention",
  part: "C",
  title: "Keeping customers",
  intro: "How well existing customers stay, renew and buy more.",
  questions: [
    statement(
      "c.retention.retention-rate",
      "We are satisfied with how many customers stay with us year after year.",
      "Customers usually leave over the service they receive rather than over price.",
      { value: 2 },
    ),
    statement(
      "c.retention.renewal-rate",
      "Our renewal rate on contracts and subscriptions is where it should be.",
      "If you have no recurring business, choose 'Not sure'.",
      { value: 2 },
    ),
    statement(
      "c.retention.expand-accounts",
      "We regularly sell additional products and upgrades to existing customers.",
      "Cross-selling and upselling to customers who already trust you.",
      { value: 2, number: 1 },
    ),
  ],
});

export const differentiationSection = section({
  id: "c.differentiation",
  part: "C",
  title: "Competitive differentiation",
  intro: "Whether buyers can see why you are the better choice, and whether you reach the people who decide.",
  questions: [
    statement(
      "c.differentiation.key-players",
      "Our sellers get access to the key people behind a buying decision.",
      "Those who will decide, approve or strongly influence the purchase, often senior executives.",
      { winRate: 3 },
    ),
    statement(
      "c.differentiation.uncover-problem",
      "Our sellers uncover the business problem the customer really needs to solve.",
      "Without the real problem, it is hard to show value and easy to fall into a price fight.",
      { winRate: 2, value: 1 },
    ),
    statement(
      "c.differentiation.vs-competition",
      "When we compete for a deal, our sellers set us apart from the competitors in it.",
      "That needs knowing what makes you different and knowing the rivals in the deal.",
      { winRate: 2, value: 1 },
    ),
    statement(
      "c.differentiation.articulate-value",
      "Our sellers explain the value we bring in terms of the customer's own business results.",
      "Outcomes such as revenue, cost or risk for the customer, rather than product features.",
      { value: 3 },
    ),
    statement(
      "c.differentiation.price-discipline",
      "We win deals without giving away large discounts.",
      "Heavy or routine discounting, especially at quarter end, signals value that was not made clear.",
      { value: 2 },
    ),
  ],
});

export const methodologySection = section({
  id: "c.methodology",
  part: "C",
  title: "Sales methodology and CRM",
  intro: "The selling method your teams share and the system that holds your customer and deal data.",
  questions: [
    statement(
      "c.methodology.adopted",
      "We have chosen a sales methodology and our sellers apply it.",
      "A methodology is a shared way of planning and working deals, usually learned in training.",
      { winRate: 1, salesCycle: 1 },
    ),
    statement(
      "c.methodology.in-crm",
      "Our sales methodology is built into the CRM where sellers work their deals.",
      "For example, the CRM prompts the right questions for a deal's stage or flags gaps in a deal.",
      { salesCycle: 2 },
    ),
    choice({
      id: "c.methodology.crm-age",
      label: "How long has your current CRM system been in place?",
      help: "Count from when the sales team started using it day to day.",
      options: [
        { value: "no-crm", label: "We do not have a CRM", score: 0 },
        { value: "under-1-year", label: "Less than a year", score: 0.25 },
        { value: "1-2-years", label: "1 to 2 years", score: 0.5 },
        { value: "3-5-years", label: "3 to 5 years", score: 0.75 },
        { value: "over-5-years", label: "More than 5 years", score: 1 },
      ],
      weights: { salesCycle: 1 },
    }),
  ],
});

export const revenueSection = section({
  id: "c.revenue",
  part: "C",
  title: "Revenue performance management",
  intro: "How reliably you can see revenue coming: the forecast and the pipeline behind it.",
  questions: [
    statement(
      "c.revenue.forecast-accuracy",
      "Deals we forecast to close do close, on time and at the forecast value.",
      "Look back over the last few periods, not only the most recent one.",
      { salesCycle: 3, winRate: 1 },
    ),
    statement(
      "c.revenue.forecast-process",
      "We build the sales forecast by a defined process that everyone follows.",
      "Rather than each manager rolling up numbers in their own way.",
      { salesCycle: 2 },
    ),
    statement(
      "c.revenue.pipeline-accurate",
      "Our pipeline gives a true picture of the business to come.",
      "Only live, qualified deals, each in the stage its evidence supports.",
      { salesCycle: 1, number: 1 },
    ),
    importance(
      "c.revenue.forecasting-importance",
      "How important is sales forecasting as a competency in your company?",
      "How much attention and skill the company actually puts into it.",
      { salesCycle: 1 },
    ),
  ],
});
