// Plans for a company that sells mainly through channel partners or resellers: the work runs through partners, so
// the plans speak of partner enablement, deal registration, channel conflict rules and seeing the partners' pipeline.
import type { VariantPlan } from "./action-plan-variants";

export const CHANNEL_PLANS: readonly VariantPlan[] = [
  {
    questionId: "c.velocity.enough-opportunities",
    fix: {
      days30: "Rank your partners by the qualified opportunities they registered last year and agree with the strongest which segments each will work.",
      days60: "Write a joint plan with each of those partners: target accounts, campaigns you fund together and the registered deals expected each month.",
      days90: "Review registered deals with every partner monthly, and move support and market funds from partners who do not register to those who do.",
    },
  },
  {
    questionId: "c.revenue.pipeline-accurate",
    fix: {
      days30: "Make deal registration the only way a partner deal enters your pipeline, and list the partner deals your CRM cannot see today.",
      days60: "Ask each partner for the same stages and exit evidence your own sellers use, through the registration form or a shared portal.",
      days90: "Each month, take out registered deals with no partner activity in the last two months and tell the partner why.",
    },
  },
  {
    questionId: "c.revenue.forecast-accuracy",
    fix: {
      days30: "Compare what each partner forecast over the last two quarters with what it actually ordered, partner by partner.",
      days60: "Accept a partner deal into your forecast only when the registration names the buyer's decision date and the person who signs.",
      days90: "Weight each partner's forecast by its own accuracy record, and go through that record with the partner at every quarterly review.",
    },
  },
  {
    questionId: "c.process.followed-by-sellers",
    fix: {
      days30: "Write the channel rules down: who owns a registered deal, how long registration protects it, and what happens when two partners or your own sellers meet at one customer.",
      days60: "Train every partner's sellers on the stages and the registration rules, and settle each conflict by the written rule rather than case by case.",
      days90: "Show partners which of their deals skipped a stage or went unregistered and how those ended, and tie partner tiers to working the process.",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    fix: {
      days30: "Map the steps your end customers take to buy, and mark for each whether a partner, your own staff or both meet the buyer there.",
      days60: "Agree with your main partners the evidence that closes each stage, and who supplies it when your specialists support a partner's deal.",
      days90: "Put those stages into the registration form or partner portal, and compare stage conversion between partners to see who needs help.",
    },
  },
  {
    questionId: "c.coaching.manager-coaching-time",
    fix: {
      days30: "Have each channel manager set last month's hours on reports and internal meetings against the hours spent with partner sellers on live deals.",
      days60: "Give each channel manager a weekly slot with the sellers of their main partners, working registered deals rather than reviewing totals.",
      days90: "Judge channel managers by the registered deals their partners win, not only by the volume partners order.",
    },
  },
  {
    questionId: "c.coaching.selling-basics",
    fix: {
      days30: "Ask your leading partners which customer conversations their sellers find hardest and which of your products they avoid selling.",
      days60: "Build short enablement sessions on exactly those conversations and run them with each leading partner's sellers, on their own live deals.",
      days90: "Certify partner sellers who pass a practice call, and give certified partners first access to leads and specialist support.",
    },
  },
  {
    questionId: "c.differentiation.price-discipline",
    fix: {
      days30: "List the extra discounts and margin partners asked for last quarter, and the deals they were for.",
      days60: "Tie special pricing to deal registration: only a registered, qualified deal may ask for it, with one approver on your side.",
      days90: "Publish partner margins and the approval rule, and look each month at which partners win without asking for more.",
    },
  },
  {
    questionId: "c.alignment.sales-marketing",
    fix: {
      days30: "Agree with marketing one description of the end customer partners should target, and what a lead must hold before it goes to a partner.",
      days60: "Run campaigns with your main partners, naming the partner sellers who follow up each lead and how quickly.",
      days90: "Track which partner campaigns turned into registered deals, and fund next quarter's campaigns on that record.",
    },
  },
  {
    questionId: "c.velocity.cycle-length",
    fix: {
      days30: "Measure how long won deals waited at each hand-off between your company and the partner: quote, technical answer, approval, delivery date.",
      days60: "Set a response time for every hand-off and give partners one named contact for each.",
      days90: "Go through the slowest registered deals with each partner monthly, and remove the step that held them up most often.",
    },
  },
  {
    questionId: "c.methodology.in-crm",
    fix: {
      days30: "List the questions your methodology asks of a deal at each stage and check which of them the deal registration form or partner portal asks today.",
      days60: "Add the missing ones to registration and to the stage updates partners send, so a partner deal arrives with the same answers as your own.",
      days90: "Use those answers in the quarterly review with each partner, and coach the partners whose deals arrive with the gaps.",
    },
  },
  {
    questionId: "c.retention.retention-rate",
    scale: {
      days30: "Ask partners what their customers praise and where complaints first appear.",
      days60: "Count customer retention towards each partner's tier, not only new orders.",
      days90: "Watch retention partner by partner to catch one that slips.",
    },
  },
];
