// 30/60/90-day plans for the first half of Part C: alignment, sales process, sales velocity, coaching, social media.
import type { ActionPlan } from "./action-plans";

export const FOUNDATION_PLANS: readonly ActionPlan[] = [
  {
    questionId: "c.alignment.strategy-aligned",
    fix: {
      days30: "List the three to five priorities in the company plan and compare each with what quotas and commission actually reward.",
      days60: "Rewrite targets and commission rates so the products, segments and deal types the strategy favours pay more than the ones it does not, and agree the change with finance.",
      days90: "Review the first month of bookings under the new plan by product and segment; where sellers still chase business the strategy excludes, change the rule rather than grant exceptions.",
    },
    scale: {
      days30: "Write down which incentives point sellers at the strategy, so the link survives the next planning round.",
      days60: "Check next year's compensation plan against any shift in strategy before it is signed off.",
      days90: "Report bookings by strategic priority each quarter so leadership sees the alignment at work.",
    },
  },
  {
    questionId: "c.alignment.sales-marketing",
    fix: {
      days30: "Have the heads of sales and marketing write one definition of the ideal customer and of a lead worth a seller's time, with the hand-off rule between the teams.",
      days60: "Hold a weekly joint review of the same list of leads and opportunities, where sellers report back on every lead they reject and why.",
      days90: "Set one shared target for qualified opportunities created and plan next quarter's campaigns together against it.",
    },
    scale: {
      days30: "Feed sellers' reasons for rejecting leads into marketing's monthly planning.",
      days60: "Extend the joint planning to new products and markets before they launch.",
      days90: "Show both teams which campaigns produce deals that close, not only leads.",
    },
  },
  {
    questionId: "c.alignment.leadership-seeks-input",
    fix: {
      days30: "Summarise on one page why you won and lost your last twenty decided deals, and what customers asked for that you could not offer.",
      days60: "Ask for a standing slot in the leadership team's planning meetings to present that evidence every quarter.",
      days90: "Agree with leadership which decisions on products, pricing and markets must hear the sales evidence before they are made.",
    },
    scale: {
      days30: "Make the quarterly win-loss summary a fixed input to planning, with a named owner in sales.",
      days60: "Add what sellers hear about competitors and pricing to that summary.",
      days90: "Show leadership which past decisions drew on sales input and how they turned out.",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    fix: {
      days30: "With your best sellers, write down the steps your customers take to buy, from first noticing a need to signing, and tie each sales stage to one of them.",
      days60: "For every stage, name the buyer evidence that shows it is done, such as a meeting with the budget holder or an agreed business case, and use only those exits in deal reviews.",
      days90: "Train every seller and manager on the stages, then compare stage-to-stage conversion and time in stage with the quarter before.",
    },
    scale: {
      days30: "Ask customers won this quarter how they bought, and check each stage still matches a step they took.",
      days60: "Teach the process to every new hire in their first month on live deals.",
      days90: "Review the stage exits once a year and whenever you launch a product or enter a market.",
    },
  },
  {
    questionId: "c.process.followed-by-sellers",
    fix: {
      days30: "Take the ten largest open deals, check that each stage they passed has the evidence the process asks for, and move deals back where it is missing.",
      days60: "Run every deal review by stage: the manager asks for the exit evidence of the current stage before anything else is discussed.",
      days90: "Report how many deals skipped a stage and how those deals ended, so sellers see what the process is worth.",
    },
    scale: {
      days30: "Ask your best sellers which parts of the process help them most and share the answers with the team.",
      days60: "Pair each new seller with a strong process user for their first deals.",
      days90: "Remove any step that sellers follow but no buyer step needs.",
    },
  },
  {
    questionId: "c.process.others-know-role",
    fix: {
      days30: "Map every point where support, delivery, finance, legal and product touch a customer during a deal, and note where deals waited on them.",
      days60: "Agree response times with each of those teams for the requests that hold deals up: quotes, contract reviews, technical answers.",
      days90: "Review missed response times monthly with those teams' managers, and show them the deals their help won.",
    },
    scale: {
      days30: "Tell the other teams about specific wins and the part they played in them.",
      days60: "Invite delivery and support to the kick-off of larger deals.",
      days90: "Put their response times on the agenda of the quarterly business review.",
    },
  },
  {
    questionId: "c.process.importance",
    fix: {
      days30: "Name one senior owner for the sales process, with the authority to change it and the duty to report on it.",
      days60: "Have that owner pick three measures (stage conversion, time in stage, deals that skip stages) and report them to the leadership team monthly.",
      days90: "Make process use part of every manager's performance review, and fund the training the measures show is needed.",
    },
    scale: {
      days30: "Write down the process measures and who owns them, so they survive a change of leaders.",
      days60: "Give the process owner a budget for updates and training.",
      days90: "Let the measures decide where the next improvement goes.",
    },
  },
  {
    questionId: "c.velocity.qualification",
    fix: {
      days30: "Write down the questions every deal must answer to count as qualified: budget, timing, who decides, why the buyer must act now and who you are up against.",
      days60: "Put every open deal through those questions; close or park the ones that fail, and keep specialists and managers off parked deals.",
      days90: "Compare the win rate of deals that passed with those that did not, and tighten the questions wherever late losses still get through.",
    },
    scale: {
      days30: "Recheck qualification at every stage change, not only at the start.",
      days60: "Teach the written definition of a qualified deal to every new hire.",
      days90: "Track how many deals are dropped early; a falling count is the first sign that qualification is slipping.",
    },
  },
  {
    questionId: "c.velocity.close-ratio",
    fix: {
      days30: "Sort your last twenty losses into deals you should never have pursued and deals where you were outsold.",
      days60: "Tighten qualification against the first group; for the second, find the pattern (a competitor, a stage, a buyer nobody met) and coach to it on live deals.",
      days90: "Publish win rate by count and by value every month for each segment, and check that the losses you targeted are falling.",
    },
    scale: {
      days30: "Publish win rate by count and by value every month, team by team, so a slip shows where it starts.",
      days60: "Split it by segment, deal size and competitor to see where you win best.",
      days90: "Point prospecting at the segments where you win most.",
    },
  },
  {
    questionId: "c.velocity.cycle-length",
    fix: {
      days30: "Measure how long won deals spend in each stage and find the stage where they wait longest.",
      days60: "In that stage, agree a dated next step with the buyer at every meeting, and flag any deal with no buyer activity for two weeks.",
      days90: "Compare your fastest quarter of wins with your slowest, write down what the fast ones did differently (who was involved, and when) and make it the standard.",
    },
    scale: {
      days30: "Write down what keeps your deals moving: early access to the decision maker, clear stage exits, a plan agreed with the buyer.",
      days60: "Watch time in stage as deals grow larger or new products launch.",
      days90: "Teach the habits of your fastest deals to new sellers.",
    },
  },
  {
    questionId: "c.velocity.enough-opportunities",
    fix: {
      days30: "Work out how many new qualified opportunities the target needs (target ÷ average won deal ÷ win rate) and how many each source gives you today.",
      days60: "Give every seller a weekly number of new qualified opportunities and review it in the same meeting as closed business.",
      days90: "Add at least one source you hardly use today (referrals, partners, existing customers, outbound) and track what each source adds.",
    },
    scale: {
      days30: "Check each source's share of new opportunities so that no single one carries the pipeline.",
      days60: "Balance big bets with a steady flow of smaller deals, so one slipped deal cannot sink the quarter.",
      days90: "Raise the qualification bar while volume is high.",
    },
  },
  {
    questionId: "c.velocity.major-accounts",
    fix: {
      days30: "For each of your ten largest accounts, list its business units, the people you know and the ones you have never met.",
      days60: "Write a one-page plan per account: where else your offer fits, who must be reached and the next three opportunities to open.",
      days90: "Review the plans with each account team every quarter and count the new opportunities opened in those accounts.",
    },
    scale: {
      days30: "Refresh every major-account plan at the start of each quarter.",
      days60: "Bring the next tier of accounts into the same planning routine.",
      days90: "Share what opened new business in one account with the other account teams.",
    },
  },
  {
    questionId: "c.coaching.manager-coaching-time",
    fix: {
      days30: "Ask each first-line manager to log a normal week, then cut, automate or hand to sales operations the reporting and meetings that crowd out coaching.",
      days60: "Book a weekly session with every seller in every manager's calendar, on a live deal or a recorded call (questioning, listening, reaching the people who decide), and protect it from internal meetings.",
      days90: "Review with each manager which sellers improved and how their deals moved, and make coaching time part of how managers are assessed.",
    },
    scale: {
      days30: "Write down the coaching routine that works, so a new manager can run it from the first week.",
      days60: "Train new managers to coach before they take over a team.",
      days90: "Have managers compare notes on which coaching moved which deals.",
    },
  },
  {
    questionId: "c.coaching.selling-basics",
    fix: {
      days30: "Have managers join or listen to two calls per seller and rate questioning, listening and presenting against a short checklist.",
      days60: "Set a rule for first meetings: the seller asks and listens before presenting anything, and managers check it on calls.",
      days90: "Rate the same sellers again and aim further coaching at those who have not moved.",
    },
    scale: {
      days30: "Save the best recorded calls of each quarter as the model for every stage.",
      days60: "Use your strongest sellers' recorded calls to train new hires.",
      days90: "Recheck the basics whenever a group of new sellers joins.",
    },
  },
  {
    questionId: "c.coaching.resources-to-qualified",
    fix: {
      days30: "List where pre-sales, specialists and executives spent their time last quarter and how each of those deals ended.",
      days60: "Give specialist time only to deals that pass your qualification test, with a manager's approval for any exception.",
      days90: "Compare the win rate of supported deals before and after the rule.",
    },
    scale: {
      days30: "Build the rule that specialist time goes to qualified deals into the way specialists are requested.",
      days60: "Review specialist workload monthly so your best deals never wait in a queue.",
      days90: "Show the teams that supply specialists the win rate of the deals they supported.",
    },
  },
  {
    questionId: "c.coaching.advanced-skills-importance",
    fix: {
      days30: "Check your ten largest open deals: in how many has a seller met a senior executive, and can the seller state the buyer's business problem in one sentence?",
      days60: "Train sellers to reach executives (through an internal sponsor or a referral from a peer) and to run discovery, practising on live deals.",
      days90: "Make executive contact and a written problem statement part of an early stage exit, and count the deals that meet it.",
    },
    scale: {
      days30: "Put executive access and discovery on every manager's coaching checklist.",
      days60: "Add both to new-hire training, practised on real accounts.",
      days90: "Track how many deals reach an executive before the proposal.",
    },
  },
  {
    questionId: "c.social.prospecting",
    fix: {
      days30: "Ask your last ten new customers which networks and communities they used to research suppliers.",
      days60: "Have every seller keep a complete profile there and set aside time each week to find and start conversations with target accounts.",
      days90: "Tag opportunities that started on social channels and compare their number and win rate with other sources.",
    },
    scale: {
      days30: "Tag opportunities that start on social channels, so new hires can see what works.",
      days60: "Share the approaches that win meetings with the whole team.",
      days90: "Check the channels against where your buyers are today; they move.",
    },
  },
  {
    questionId: "c.social.conversations",
    fix: {
      days30: "List the online groups and threads where your buyers ask questions, and the people in your company who could answer them.",
      days60: "Ask those experts to answer a few buyer questions each week, and swap some of the announcements for useful answers.",
      days90: "Count the conversations that led to a meeting and keep the channels that produce them.",
    },
    scale: {
      days30: "Name the experts who answer buyers' questions online, so it does not rest on one enthusiast.",
      days60: "Turn the most common questions into short pieces sellers can send.",
      days90: "Track which conversations lead to meetings.",
    },
  },
];
