// Plans for a team of twenty or fewer people with a target: the leader usually sells beside the team and does the
// work personally, so the steps are fewer, in order, and written for one person rather than for a management layer.
import type { VariantPlan } from "./action-plan-variants";

export const SMALL_TEAM_PLANS: readonly VariantPlan[] = [
  {
    questionId: "c.differentiation.articulate-value",
    fix: {
      days30: "Call five customers yourself and ask what changed in their business after they bought from you.",
      days60: "Write their answers up as one page of results in customers' terms, and open your own next sales conversations with it.",
      days90: "Join each seller's calls and check they lead with those results; correct it on the spot.",
    },
  },
  {
    questionId: "c.retention.expand-accounts",
    fix: {
      days30: "List your customers yourself, with what each buys today and one more thing you could offer it.",
      days60: "Call the ten with the best fit, together with the seller who owns each account, and make the offer.",
      days90: "Make expansion a fixed item of your weekly team meeting, and pay for it as for new business.",
    },
  },
  {
    questionId: "c.velocity.qualification",
    fix: {
      days30: "Write the questions a deal must answer to count as qualified, and ask them about every deal a seller brings you.",
      days60: "Go through the whole pipeline with each seller yourself and drop the deals that fail.",
      days90: "Check each month whether the dropped deals would have closed, and change the questions if they would.",
    },
  },
  {
    questionId: "c.alignment.strategy-aligned",
    fix: {
      days30: "Write down the two or three kinds of business the company wants most, and check each against what your sellers are paid for.",
      days60: "Change the commission plan so that business pays more, and explain the change to each seller in person.",
      days90: "Go through the quarter's bookings with each seller and discuss any deal outside those priorities before the next one is chased.",
    },
  },
  {
    questionId: "c.coaching.manager-coaching-time",
    fix: {
      days30: "Block an hour a week per seller in your own calendar, for a live deal or a recorded call.",
      days60: "Hand the reports and meetings that crowd out that hour to someone else, or drop them.",
      days90: "Keep a short note per seller of what you coached and whether their deals moved.",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    fix: {
      days30: "Sit down with your best seller and write, on one page, the steps your customers take to buy.",
      days60: "Agree with the team what must be true before a deal moves to the next step, and ask only for that in your deal reviews.",
      days90: "After a quarter, look at where deals stopped and change the step that held them most often.",
    },
    scale: {
      days30: "Write the process on one page so the next seller you hire can follow it without you.",
      days60: "Walk every new seller through it yourself on their first live deal.",
      days90: "Check it once a year against how your latest customers bought.",
    },
  },
  {
    questionId: "c.revenue.forecast-accuracy",
    fix: {
      days30: "Compare your own forecasts for the last two quarters with what actually closed.",
      days60: "Forecast only deals where the buyer has named a decision date and you know who signs.",
      days90: "Write the forecast yourself each month from those deals, and note why each miss happened.",
    },
  },
];
