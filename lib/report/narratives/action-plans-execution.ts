// 30/60/90-day plans for the second half of Part C: keeping customers, differentiation, methodology and CRM,
// revenue performance management.
import type { ActionPlan } from "./action-plans";

export const EXECUTION_PLANS: readonly ActionPlan[] = [
  {
    questionId: "c.retention.retention-rate",
    fix: {
      days30: "Call the customers who left in the past year and ask why; most leave over the service they received rather than over price.",
      days60: "Fix the two most common causes with the teams that own them, and give every key account a named contact for service problems.",
      days90: "Keep a watch list of accounts with falling use or open complaints and review it monthly with service and account managers.",
    },
    scale: {
      days30: "Make the yearly question of what would make a customer leave part of every account review.",
      days60: "Pass on what customers praise to service and delivery.",
      days90: "Watch retention by segment to catch a slip early.",
    },
  },
  {
    questionId: "c.retention.renewal-rate",
    fix: {
      days30: "List every contract renewing in the next two quarters with its owner and the date of the last business conversation with that customer.",
      days60: "Open each renewal at least three months before the date with a review of the results the customer achieved.",
      days90: "Track renewals won, lost and reduced every month, with the reasons.",
    },
    scale: {
      days30: "Write down how your best renewals open, with the customer's results first, and teach it.",
      days60: "Bring upgrade options into the renewal conversation.",
      days90: "Review lost renewals each quarter, even while the rate is good.",
    },
  },
  {
    questionId: "c.retention.expand-accounts",
    fix: {
      days30: "For each key account, list what it already buys and what else you sell that would fit.",
      days60: "Set an expansion target per account and pay sellers for additional sales as for new ones.",
      days90: "Review the expansion pipeline beside the new-business pipeline every month.",
    },
    scale: {
      days30: "Put an expansion target in every account plan, including accounts handed to new sellers.",
      days60: "Share offers that worked in one account with all account teams.",
      days90: "Report revenue from existing customers as a line of its own.",
    },
  },
  {
    questionId: "c.differentiation.key-players",
    fix: {
      days30: "For every open deal above a set size, write down who decides, who approves and who influences, and whether a seller has met each of them.",
      days60: "Where the decision maker is unknown or unmet, plan the way in: an internal sponsor who asks for the meeting, or a referral from a peer at a similar company.",
      days90: "Hold deals before the proposal stage until the decision maker has been met, and compare win rates with and without that meeting.",
    },
    scale: {
      days30: "On larger deals, confirm at every stage change that the person who will sign is still the one you know.",
      days60: "Have your best sellers show the team how they win meetings with executives.",
      days90: "Track how many deals reach the decision maker before the proposal.",
    },
  },
  {
    questionId: "c.differentiation.uncover-problem",
    fix: {
      days30: "For each open deal, ask the seller to write the customer's business problem, what it costs and who owns it, in two sentences, and note where they cannot.",
      days60: "Make a problem statement confirmed by the buyer a condition for sending any proposal.",
      days90: "Check lost deals for proposals sent without a confirmed problem, and coach discovery questions where you find them.",
    },
    scale: {
      days30: "Make the confirmed problem statement the required first section of the proposal template.",
      days60: "Collect the most common customer problems and the questions that bring them out.",
      days90: "Use that collection to train new sellers.",
    },
  },
  {
    questionId: "c.differentiation.vs-competition",
    fix: {
      days30: "Name the three competitors you meet most and, from recent deals, write down where each beats you and where you beat them.",
      days60: "Turn that into a one-page brief per competitor, with the questions that bring your strengths forward, and train sellers on it.",
      days90: "Record the main competitor on every deal and track your win rate against each one.",
    },
    scale: {
      days30: "Update each competitor brief every quarter from recent wins and losses.",
      days60: "Add a brief as soon as a new competitor shows up in deals.",
      days90: "Share win stories against each competitor with the team.",
    },
  },
  {
    questionId: "c.differentiation.articulate-value",
    fix: {
      days30: "Ask five customers what changed in their business after they bought from you, in revenue, cost or risk.",
      days60: "Turn those answers into one page per main type of customer, stating the result in their terms, and train sellers to open with it instead of features.",
      days90: "Check proposals and presentations for outcomes stated in the customer's terms, and coach where they list features only.",
    },
    scale: {
      days30: "Collect value stories from recent customers in one place every seller can reach.",
      days60: "Teach every new hire to estimate a prospect's outcome in money from those stories.",
      days90: "Use customer results in marketing too, so buyers hear them before the first call.",
    },
  },
  {
    questionId: "c.differentiation.price-discipline",
    fix: {
      days30: "Measure the average discount by seller and by month, and how much of it is given in the last two weeks of a quarter.",
      days60: "Set approval levels for discounts and ask for something in return for each one: a longer term, a larger scope or a reference.",
      days90: "Report discount levels monthly and coach the sellers whose discounts stay highest.",
    },
    scale: {
      days30: "Report the average discount each month by team, so a slip shows early.",
      days60: "Hold the discount approvals in place as the team grows and new managers join.",
      days90: "Have your best sellers show how they defend price.",
    },
  },
  {
    questionId: "c.methodology.adopted",
    fix: {
      days30: "Find out whether your methodology is used on deals or only sits in training material; if there is none, choose one that fits how your customers buy.",
      days60: "Set two or three measurable goals for it, such as deals with a documented decision process, and check them in every deal review.",
      days90: "Have managers coach to the methodology on live deals, and drop any training that nobody applies.",
    },
    scale: {
      days30: "Check the methodology's goals in deal reviews every month.",
      days60: "Refresh the training for sellers hired since the last rollout.",
      days90: "Compare the results of deals run by the method with the rest.",
    },
  },
  {
    questionId: "c.methodology.in-crm",
    fix: {
      days30: "List the questions your methodology asks of a deal at each stage and check which of them the CRM shows today.",
      days60: "Add them to the deal record so the CRM asks them at the right stage and flags gaps, such as a decision maker nobody has met.",
      days90: "Use those prompts in deal reviews and retire the worksheets sellers fill in outside the CRM.",
    },
    scale: {
      days30: "Check the CRM prompts still match the methodology after every change to either.",
      days60: "Use the gaps the CRM flags to choose which deals to coach.",
      days90: "Ask sellers which prompts help and remove the ones that do not.",
    },
  },
  {
    questionId: "c.methodology.crm-age",
    fix: {
      days30: "Count the open deals that sit in the CRM with a current stage and next step; deals kept in spreadsheets or inboxes count as missing.",
      days60: "Set the CRM's stages to your sales process with the exit evidence for each, and run every pipeline and forecast review from the CRM only.",
      days90: "Retire the side spreadsheets and report CRM use by team every month.",
    },
    fixByAnswer: {
      "no-crm": {
        days30: "Write down what the CRM must hold (accounts, contacts, deals by stage, the forecast) and shortlist two or three systems that do it.",
        days60: "Choose one, set its stages to your sales process and load every open deal into it.",
        days90: "Run every pipeline review and forecast from the CRM only, retire the spreadsheets, and add your methodology's deal questions to the deal record.",
      },
    },
    scale: {
      days30: "Check that the CRM's stages still match your sales process.",
      days60: "Use the CRM's time-in-stage and conversion data in deal reviews.",
      days90: "Remove the CRM fields nobody uses.",
    },
  },
  {
    questionId: "c.revenue.forecast-accuracy",
    fix: {
      days30: "Compare every deal forecast in the last two quarters with what happened: closed on time, slipped, shrank or lost.",
      days60: "Allow a deal into the forecast only with evidence from the buyer, such as a confirmed decision date and a decision maker you have met.",
      days90: "Publish forecast accuracy every month beside the forecast and review each deal that slipped.",
    },
    scale: {
      days30: "Publish forecast accuracy by team every month, so a new team's slips show early.",
      days60: "Write down the buyer evidence your forecast rules require, for new managers.",
      days90: "Tighten the rules wherever the accuracy record shows deals still slipping.",
    },
  },
  {
    questionId: "c.revenue.forecast-process",
    fix: {
      days30: "Collect how each manager builds the forecast today and where their methods differ.",
      days60: "Define forecast categories (such as commit, best case, pipeline) by the buyer evidence each requires, with one weekly timetable for everyone.",
      days90: "Run two forecast cycles by the new rules and compare each manager's forecast with the outcome.",
    },
    scale: {
      days30: "Write the forecast timetable and categories down so every new team uses the same ones.",
      days60: "Teach the rules to every new manager.",
      days90: "Review the categories once a year against the outcomes.",
    },
  },
  {
    questionId: "c.revenue.pipeline-accurate",
    fix: {
      days30: "Go through every open deal with no buyer activity in the last month and close it or move it back to the stage its evidence supports.",
      days60: "Set the rule that a deal without a dated next step agreed with the buyer leaves the pipeline.",
      days90: "Clean the pipeline every month and compare the value left in it with what you actually close.",
    },
    scale: {
      days30: "Make the monthly pipeline clean-up a fixed routine with a named owner in each team.",
      days60: "Check that each deal sits in the stage its evidence supports.",
      days90: "Compare pipeline value by stage with what closes, to keep coverage targets honest.",
    },
  },
  {
    questionId: "c.revenue.forecasting-importance",
    fix: {
      days30: "Measure how many hours sellers and managers spend on forecasting each week and what decisions the forecast feeds.",
      days60: "Train managers to forecast from buyer evidence, and cut the forecast reporting that feeds no decision.",
      days90: "Make forecast accuracy part of each manager's performance review and show the leadership team how the forecast is used in planning.",
    },
    scale: {
      days30: "Give forecast accuracy a standing slot on the leadership agenda, with a named owner.",
      days60: "Train new managers in forecasting before their first quarter.",
      days90: "Use the forecast in business planning and tell the sales team how.",
    },
  },
];
