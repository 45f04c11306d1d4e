// Part C narratives for Strategic alignment and Sales process, addressed to the sales leader.
import type { QuestionNarrative } from "./types";

export const ALIGNMENT_PROCESS_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.alignment.strategy-aligned",
    byAnswer: {
      "strongly-disagree":
        "Your sellers are pulled one way by their targets and another by the company's stated direction, and that tension costs both deals and margin. Sellers follow the compensation plan, so start there: list what the plan rewards today and set it beside the company's top three priorities. Where the two conflict, settle it before the next planning cycle rather than after it.",
      disagree:
        "You see a gap between where the company says it is heading and what your sellers are asked to sell. Even a modest gap sends effort towards business the company will not value. Name the two or three biggest mismatches, agree them with the leadership team and fix them in quotas and territory plans.",
      "not-sure":
        "You could not say whether sales and company strategy point the same way, which usually means nobody has compared them side by side. Put the company's stated priorities next to what quotas, incentives and pipeline reviews actually reward. Then ask five sellers what they think the company most wants them to sell; if their answers differ, you have found the gap.",
      agree:
        "Your sales strategy and company strategy broadly line up, so sellers are not working against the direction of the business. Keep it that way by checking the incentive plan against the strategy whenever either one changes. The gaps that remain tend to sit in new products and new markets, where targets lag behind intent.",
      "strongly-agree":
        "Sales and company strategy are firmly aligned in your business, so sellers can put their whole effort into deals the company wants. Alignment like this rarely survives a change of direction on its own, so make a quota and incentive review a fixed step whenever priorities shift. Use the clarity in onboarding as well: new sellers ramp faster when they know what matters.",
    },
    actions: {
      keep: "Keep incentives tied to company strategy",
      change: "Align sales targets with company strategy",
      stop: "Stop paying for sales the strategy excludes",
    },
  },
  {
    questionId: "c.alignment.sales-marketing",
    byAnswer: {
      "strongly-disagree":
        "Sales and marketing in your company work apart, and the usual price is a thin flow of qualified opportunities and leads that sellers never call. Begin with one shared definition of the ideal customer and of the point at which a lead is ready for a seller. Then review together, every week, which leads became opportunities and which did not.",
      disagree:
        "Sales and marketing in your company cooperate less than they should, which shows up as leads sellers do not trust and campaigns that miss what buyers care about. Agree a written hand-over rule for leads and a short monthly meeting where sellers tell marketing what customers are asking about. Judge both teams on the same measure: qualified opportunities created.",
      "not-sure":
        "You are not sure whether sales and marketing act as one team, and a working partnership is usually easy to see. Check three things: whether both teams describe the ideal customer the same way, whether there is an agreed rule for passing on a lead, and whether marketing learns what happened to the leads it sent. If any of the three is missing, the partnership is in name only.",
      agree:
        "Sales and marketing work together reasonably well in your company, which feeds the top of the pipeline. {opportunitiesReading}. To get more from the partnership, track together how many marketing leads become qualified opportunities and tune the lead definition every quarter.",
      "strongly-agree":
        "Sales and marketing operate as one team in your company, and that is one of the surest ways to keep the pipeline full of winnable deals. {opportunitiesReading}. Protect the habits behind it, such as the shared customer profile and joint pipeline reviews, when people or leaders change.",
    },
    actions: {
      keep: "Keep sales and marketing planning together",
      change: "Agree one lead definition with marketing",
      stop: "Stop sales and marketing working apart",
    },
    variants: [
      {
        answers: ["strongly-disagree"],
        when: "opportunities-enough",
        text: "Sales and marketing in your company work apart, and the price is paid in quality rather than volume: leads that sellers never call and opportunities that each side qualifies its own way. Begin with one shared definition of the ideal customer and of the point at which a lead is ready for a seller. Then review together, every week, which leads became opportunities and which did not.",
      },
    ],
  },
  {
    questionId: "c.alignment.leadership-seeks-input",
    byAnswer: {
      "strongly-disagree":
        "Your company's leadership sets strategy without hearing from the sales organisation, so the people closest to customers have no voice in the plan. The result is often products, prices or targets that buyers push back on. Ask for a standing slot in the strategy cycle and bring evidence: win and loss reasons, customer requests and competitor moves.",
      disagree:
        "Your leadership rarely asks sales for input on strategy, so what sellers learn from customers every day seldom reaches the top. Make it easy to use: a one-page quarterly summary of why deals were won and lost and what customers asked for. Input that arrives as evidence is far harder to ignore than opinion.",
      "not-sure":
        "You do not know whether leadership draws on the sales organisation when it sets strategy, which suggests that if it happens, it happens out of sight. Ask the executive team how customer and market insight from sales enters their planning today. If the honest answer is that it does not, offer a regular, structured way for it to do so.",
      agree:
        "Leadership in your company asks the sales organisation for its view when setting strategy, so customer reality has a route to the top. Make that input as useful as possible by grounding it in data: win rates by segment, reasons for losses and the value customers say they get. That keeps the invitation coming.",
      "strongly-agree":
        "Your leadership actively seeks input from sales when it sets strategy, which treats selling as the strategic function it is. Hold up your side by bringing well-prepared, evidence-based views rather than anecdotes. Share the practice with the wider team too, so sellers know their field knowledge shapes where the company goes.",
    },
    actions: {
      keep: "Keep sales input in strategy setting",
      change: "Bring win-loss evidence to strategy planning",
      stop: "Stop setting strategy without sales insight",
    },
  },
  {
    questionId: "c.process.mapped-to-buyer",
    byAnswer: {
      "strongly-disagree":
        "Your company has no clearly defined sales process that follows how customers buy, so each seller runs deals their own way and nobody can see where deals stall. That costs you time on every deal and makes win rates hard to improve. Map the five or six steps your buyers go through, then write down for each step what the buyer must have done before the deal moves on.",
      disagree:
        "Your sales process is either loosely defined or built around your own activities rather than the buyer's decisions. A process that ignores how customers buy lets deals look further along than they are. Rework each stage so that it ends with something the buyer does or confirms, not something the seller does.",
      "not-sure":
        "You are unsure whether your sales process is clearly defined and mapped to the buyer, which usually means it is not written down in a form sellers use. Find out quickly: ask three managers to describe the stages and what moves a deal from one to the next. If their answers differ, write one process together, with buyer evidence for every stage.",
      agree:
        "You have a defined sales process that broadly follows how your customers buy, and that is one of the strongest levers on both win rate and cycle length. {cycleDaysReading}. Look at the stages where deals sit longest and check that the buyer evidence required there is sharp enough to tell a live deal from a stalled one.",
      "strongly-agree":
        "Your sales process is clearly defined and built around the way your customers buy, which gives every deal a shared map and every review a shared language. {cycleDaysReading}. Revisit the process once a year with recent wins and losses, because buyers change how they buy faster than processes tend to change.",
    },
    variants: [
      {
        answers: ["not-sure"],
        when: "follows-process",
        text: "You are unsure whether your sales process is clearly defined and built on how customers buy, although you work your own deals by it most of the time. The open question is then whether it follows the buyer rather than whether it exists. Ask three managers what moves a deal from one stage to the next, and check that each answer names something the buyer does, not something the seller does.",
      },
    ],
    actions: {
      keep: "Keep the buyer-mapped sales process current",
      change: "Map each sales stage to buyer steps",
      stop: "Stop running deals without buyer-defined stages",
    },
  },
  {
    questionId: "c.process.followed-by-sellers",
    byAnswer: {
      "strongly-disagree":
        "Whatever process exists on paper, your sellers do not understand it or do not work by it. A process nobody uses cannot shorten cycles or lift win rates, and it makes forecasts guesswork. Ask sellers why they bypass it; the answers usually point to steps that add work without helping them win, and those are the steps to fix first.",
      disagree:
        "Your sellers follow the sales process only part of the time, so deals move through it unevenly and pipeline reviews compare unlike things. Pick the two stages where skipping steps hurts most and make them the focus of deal reviews for one quarter. Managers asking for the stage evidence, deal by deal, is what turns a document into a habit.",
      "not-sure":
        "You cannot tell whether your sellers understand and use the sales process, which means nobody is checking. Sample ten recent deals and see whether the stage recorded matches the evidence you would expect at that stage. The share that match is a simple measure of adoption you can track every quarter.",
      agree:
        "Your sellers know the sales process and mostly use it, which makes deals comparable and reviews productive. The gains left are in consistency: the deals where the process is skipped are often the ones that slip or are lost. Use deal reviews to spot those exceptions early and coach to them.",
      "strongly-agree":
        "Your sellers understand the sales process and apply it on their deals, which is where most companies fall short. Provided the process follows how your customers buy, this discipline shortens cycles and makes forecasts dependable. Keep it alive by building it into onboarding and by retiring steps that no longer help.",
    },
    actions: {
      keep: "Keep sellers working by the process",
      change: "Check that deals match their recorded stage",
      stop: "Stop letting deals bypass the process",
    },
    variants: [
      {
        answers: ["strongly-agree"],
        when: "has-process",
        text: "Your sellers understand the sales process and apply it on their deals, which is where most companies fall short. Because the process follows how your customers buy, this discipline shortens cycles and makes forecasts dependable. Keep it alive by building it into onboarding and by retiring steps that no longer help.",
      },
      {
        answers: ["strongly-agree"],
        when: "process-not-buyer-led",
        text: "Your sellers understand the sales process and apply it on their deals, which is where most companies fall short. You also say the process does not yet follow how your customers buy, so that discipline is aimed at your own steps rather than the buyer's. Rework each stage to end in something the buyer does; the habit your sellers already have will carry the change.",
      },
    ],
  },
  {
    questionId: "c.process.others-know-role",
    byAnswer: {
      "strongly-disagree":
        "People outside sales do not see the part they play in winning business, so support, delivery and finance can unknowingly slow or sink a deal. Draw every point where a buyer touches your company during a deal, from the first call answered to the contract review. Then show each team which of those moments it owns and how it can help a deal move.",
      disagree:
        "Only some people outside your sales team understand how their work affects deals in progress. Delays from legal, slow answers from support or a poor demo can add weeks to a deal. Agree response times with the teams that touch live deals and review any deal that stalled because of an internal hand-off.",
      "not-sure":
        "You are unsure whether colleagues outside sales know their role in winning deals, and that is hard to judge from inside the sales team. Ask a few people in support, delivery and finance what they do when a prospect contacts them during a live deal. Their answers will show whether they see themselves as part of the sale.",
      agree:
        "Most people outside sales understand the part they play in winning deals, so a prospect's experience of your company stays consistent. Keep it that way by sharing wins and losses with those teams, including what they did that helped. People repeat what they see recognised.",
      "strongly-agree":
        "The whole company understands its role in winning deals, which shortens cycles and makes your company easy to buy from. Protect it as you grow: include this in onboarding for every customer-facing role. Ask buyers after each win which contact with your company most helped them decide.",
    },
    actions: {
      keep: "Keep the whole company part of selling",
      change: "Show other teams their part in deals",
      stop: "Stop internal hand-offs from stalling deals",
    },
  },
  {
    questionId: "c.process.importance",
    byAnswer: {
      "not-important":
        "Your company treats a well-defined sales process as unimportant, which leaves results to the skill and habits of individual sellers. That does not scale: new hires take longer to ramp and good practice leaves when good people do. Start small: define the stages of your most common deal type and the buyer evidence for each, and run your next pipeline review through them.",
      "somewhat-important":
        "A defined sales process gets only passing attention in your company. Without a firm commitment it will be applied unevenly and quietly dropped when the quarter gets busy. Give it a named owner and put it on the agenda of every pipeline review, so it is used where decisions are made.",
      important:
        "Your company sees a defined sales process as important, which is a sound starting point. The difference between important and essential is whether managers run reviews, coaching and forecasting through it. Pick one of those three and make the process its backbone this quarter.",
      "very-important":
        "A well-defined sales process is very important to your company, and that commitment is what sustains one. Check that it shows up in practice: a process that matters should shape deal reviews, forecasts and onboarding. If any of these still runs outside the process, bring it in.",
      essential:
        "Your company treats a defined sales process as essential, which is the right place for it: it is the map every deal, review and forecast relies on. Keep that commitment visible by investing in the process as buyers change. Measure how well it predicts outcomes and refine the stages where it does not.",
    },
    variants: [
      {
        answers: ["not-important"],
        when: "has-process",
        text: "Your company rates a defined sales process as unimportant, yet you say it has one that follows how customers buy. A process nobody values decays quietly: stages go stale and new hires learn to work around them. Give it an owner, and once a year check its stages against how your latest customers actually bought.",
      },
      {
        answers: ["important", "very-important", "essential"],
        when: "no-process",
        text: "Your company counts a defined sales process as important, yet you also say it has no clearly defined process that follows how customers buy. The intent is there and the work is not yet done. Give that work a named owner and a deadline by which the stages of your most common deal type, and the buyer evidence for each, are written down.",
      },
    ],
    actions: {
      keep: "Keep the sales process a top priority",
      change: "Run pipeline reviews through the sales process",
      stop: "Stop treating sales process as optional",
    },
  },
];
