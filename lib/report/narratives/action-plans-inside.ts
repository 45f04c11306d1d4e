// Plans for a team that sells mainly by phone and video: deals are won on cadence, on how fast a lead gets its
// first call and on conversion from one stage to the next, all of which an inside team can measure call by call.
import type { VariantPlan } from "./action-plan-variants";

export const INSIDE_PLANS: readonly VariantPlan[] = [
  {
    questionId: "c.velocity.enough-opportunities",
    fix: {
      days30: "Measure how quickly inbound leads get their first call today, and set the rule that each one is called on the working day it arrives.",
      days60: "Give every seller a written outreach cadence: which calls, emails and messages, over how many days, before a lead is closed.",
      days90: "Track conversion from lead to meeting to qualified opportunity for each seller every week, and coach the step where each loses most.",
    },
  },
  {
    questionId: "c.velocity.qualification",
    fix: {
      days30: "Put the qualification questions into the first-call script, so every deal is tested before a second call is booked.",
      days60: "Review recorded first calls each week and agree, deal by deal, which should have been dropped.",
      days90: "Compare conversion from first call to proposal per seller, and tighten the questions where deals still die late.",
    },
  },
  {
    questionId: "c.velocity.cycle-length",
    fix: {
      days30: "Measure the days between calls on open deals and find the stage where the gaps are longest.",
      days60: "End every call with the next meeting booked in the buyer's calendar, and flag any deal with nothing booked.",
      days90: "Report stage-to-stage conversion and days in stage for each seller monthly, and coach where a seller trails the team.",
    },
  },
  {
    questionId: "c.differentiation.articulate-value",
    fix: {
      days30: "Ask five recent customers, on a short video call, what changed in their business after they bought.",
      days60: "Turn their answers into one screen sellers share on calls, stating the result in the customer's terms, and practise opening with it.",
      days90: "Listen to a sample of recorded calls each week and coach wherever value is still described as features.",
    },
  },
  {
    questionId: "c.coaching.manager-coaching-time",
    fix: {
      days30: "Have each manager list last week's hours by task, and hand report-building to sales operations or a tool.",
      days60: "Book a weekly hour with each seller to review two recorded calls together and agree one thing to change on the next call.",
      days90: "Check whether the change shows in that seller's conversion to the next stage, and make the review part of each manager's goals.",
    },
  },
  {
    questionId: "c.process.followed-by-sellers",
    fix: {
      days30: "Build a weekly view of each seller's deals by stage, with the conversion from each stage to the next.",
      days60: "Open every one-to-one at the stage where that seller converts least, and check the exit evidence of those deals.",
      days90: "Show the team each quarter how deals that skipped a stage converted beside the rest.",
    },
  },
  {
    questionId: "c.alignment.sales-marketing",
    fix: {
      days30: "Agree with marketing what makes a lead ready for a seller and how fast a seller must call it.",
      days60: "Route ready leads to sellers automatically and report each week how many were called within the agreed time.",
      days90: "Review together which lead sources turn into meetings and deals, and move campaign money towards them.",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    scale: {
      days30: "Listen to calls from recently won deals and check each stage still matches a step the buyer took.",
      days60: "Build the stages into every new seller's onboarding, with recorded calls as examples.",
      days90: "Watch stage conversion monthly; a stage that starts to leak shows the process drifting.",
    },
  },
];
