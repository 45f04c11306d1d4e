// Index-level narratives: the overall Dealmaker Index (company bands), the four company sub-indices (revenue
// increase potential bands: what the potential means for that lever of sales velocity) and the personal index
// (personal bands). Band keys are the band names in lib/scoring/bands.ts.
import type { IndexNarrative } from "./types";

const OVERALL: IndexNarrative = {
  index: "overall",
  explains:
    "The Dealmaker Index measures how well your company's practices support the four factors of sales velocity: the number of qualified opportunities, the average deal value and the win rate, divided by the length of the sales cycle. It is the mean of the four sub-indices, one for each factor. Your own figures give a sales velocity of {velocityPerDay} in revenue per day.",
  byBand: {
    "Foundation Builder":
      "Your company scores {score}, which places it among the Foundation Builders. The median in your peer group is {peerMedian}. Many of the practices that make selling repeatable are not yet in place, which also means the gains from fixing them are large. Start with the STOP items in your first actions: they are the answers that cost you most.",
    "Emerging Performer":
      "Your company scores {score}, an Emerging Performer. The median in your peer group is {peerMedian}. {peerBetter} of your peers scored higher. Good practices exist but are applied unevenly, so results depend on which seller works the deal; making the best habits standard across the team is the fastest way up.",
    "Solid Performer":
      "Your company scores {score}, a Solid Performer. You did as well as or better than {peerPercent} of your peer group. The median in your peer group is {peerMedian}. The foundations are sound, and a few specific gaps are holding back your velocity; the sub-index with the highest revenue potential shows where to look first.",
    "High Performer":
      "Your company scores {score}, a High Performer. You did as well as or better than {peerPercent} of your peer group. {peerBetter} of your peers scored higher. Your practices are strong across most of what drives velocity; the work now is to make them part of how the company runs, so they survive growth and changes of people.",
    "World Class":
      "Your company scores {score}, which is World Class. You did as well as or better than {peerPercent} of your peer group. Your practices set the standard others measure themselves against. Keep renewing them as buyers change, and use the KEEP items in your first actions to protect what works.",
  },
};

const VALUE: IndexNarrative = {
  index: "value",
  explains:
    "The Value Index measures the practices that raise the average value of each deal: articulating value in the customer's terms, holding price, growing major accounts and keeping customers. Value is one of the four factors of sales velocity: bigger deals mean you need fewer of them to reach the same revenue.",
  byBand: {
    Major:
      "Your Value Index is {score}, so deal value is holding your revenue back a great deal. The median in your peer group is {peerMedian}. Your average won deal is {averageDeal}. Deals are probably sold on features and settled with discounts; start by teaching sellers to express value in the customer's own results and by putting approval rules on discounts.",
    Significant:
      "Your Value Index is {score}, so there is significant revenue to gain from bigger deals. The median in your peer group is {peerMedian}. Your average won deal is {averageDeal}. Look at how your sellers present value, how often they discount and how much more your largest customers could buy.",
    Moderate:
      "Your Value Index is {score}, so deal value is in reasonable shape with moderate room to grow. Your average won deal is {averageDeal}. A few targeted steps, such as clearer value stories or planned expansion in key accounts, should lift the average deal.",
    Minimal:
      "Your Value Index is {score}, so deal value is already well managed and the extra revenue to unlock here is minimal. Your average won deal is {averageDeal}. Keep checking that sellers make your value clear in competitive deals, and look for ways to offer existing customers more.",
  },
};

const NUMBER: IndexNarrative = {
  index: "number",
  explains:
    "The Number Index measures the practices that create qualified opportunities: working with marketing, prospecting on social channels, selling more to existing customers and keeping an accurate pipeline. More qualified deals in the pipeline raise velocity in direct proportion.",
  byBand: {
    Major:
      "Your Number Index is {score}, so a shortage of qualified opportunities is likely your biggest constraint on revenue. The median in your peer group is {peerMedian}. You created {opportunities} new qualified opportunities in the last 12 months. Work out how many you need to reach target, then agree with marketing how to close the gap.",
    Significant:
      "Your Number Index is {score}, so there is significant revenue to gain from creating more qualified opportunities. The median in your peer group is {peerMedian}. You created {opportunities} new qualified opportunities in the last 12 months. Set weekly opportunity targets and check which sources are underused: marketing, referrals, existing customers and social channels.",
    Moderate:
      "Your Number Index is {score}, so opportunity creation is in reasonable shape with moderate room to grow. You created {opportunities} new qualified opportunities in the last 12 months. A sharper shared definition of a qualified lead and more consistent prospecting would add to the flow.",
    Minimal:
      "Your Number Index is {score}, so you already create opportunities well and the extra revenue to unlock here is minimal. You created {opportunities} new qualified opportunities in the last 12 months. Keep the sources balanced and help new sellers ramp quickly by teaching them what works.",
  },
};

const WIN_RATE: IndexNarrative = {
  index: "winRate",
  explains:
    "The Win Rate Index measures the practices that decide how many qualified deals you win: qualification, access to key players, finding the customer's real problem, differentiation and coaching. Win rate multiplies sales velocity directly: winning a larger share of the same pipeline raises revenue without any extra opportunities.",
  byBand: {
    Major:
      "Your Win Rate Index is {score}, so losing too many deals is likely your biggest drag on revenue. The median in your peer group is {peerMedian}. Your unit win rate is {unitWinRate}. Your value win rate is {valueWinRate}. Start with qualification and access to decision makers, the two practices that most decide whether a deal is won.",
    Significant:
      "Your Win Rate Index is {score}, so there is significant revenue to gain by winning more of your qualified deals. The median in your peer group is {peerMedian}. Your unit win rate is {unitWinRate}. Your value win rate is {valueWinRate}. Sort your recent losses into deals you should not have pursued and deals where you were outsold, and act on the larger group.",
    Moderate:
      "Your Win Rate Index is {score}, so your ability to win is in reasonable shape with moderate room to grow. Your unit win rate is {unitWinRate}. Your value win rate is {valueWinRate}. Targeted coaching on the deals you lose, especially the larger ones, should lift the rate further.",
    Minimal:
      "Your Win Rate Index is {score}, so your team already wins well and the extra revenue to unlock here is minimal. Your unit win rate is {unitWinRate}. Your value win rate is {valueWinRate}. Make the habits behind it standard practice, so they do not depend on a few strong sellers.",
  },
};

const SALES_CYCLE: IndexNarrative = {
  index: "salesCycle",
  explains:
    "The Sales Cycle Index measures the practices that keep deals moving: a sales process mapped to how customers buy, a methodology built into the CRM, and disciplined forecasting. Because velocity divides by cycle length, a shorter cycle raises revenue per day.",
  byBand: {
    Major:
      "Your Sales Cycle Index is {score}, so slow, unpredictable deals are likely holding revenue back a great deal. The median in your peer group is {peerMedian}. Your won deals took {cycleDays} on average. Define a sales process that follows your buyers' steps and require buyer evidence at each stage; that alone shows where deals stall.",
    Significant:
      "Your Sales Cycle Index is {score}, so there is significant revenue to gain by moving deals faster and forecasting them better. The median in your peer group is {peerMedian}. Your won deals took {cycleDays} on average. Find the stages where deals wait longest and check whether your process and CRM help sellers move them on.",
    Moderate:
      "Your Sales Cycle Index is {score}, so cycle management is in reasonable shape with moderate room to grow. Your won deals took {cycleDays} on average. Tightening stage rules and cleaning stalled deals from the pipeline should shorten cycles and steady the forecast.",
    Minimal:
      "Your Sales Cycle Index is {score}, so deals already move well and the extra revenue to unlock here is minimal. Your won deals took {cycleDays} on average. Keep your process, methodology and CRM working together and refine them as buyers change.",
  },
};

const PERSONAL: IndexNarrative = {
  index: "personal",
  explains:
    "Your personal Dealmaker Index measures your own selling habits: time with customers, learning from wins and losses, planning each deal and meeting, and using methods and tools well. These habits are what lift your share of the four velocity factors: more opportunities, bigger deals, more wins and shorter cycles.",
  byBand: {
    "Getting Started":
      "Your personal index is {score}, in the Getting Started category. The median among your peers is {peerMedian}. Few of the habits that win deals are yet part of your routine, so small changes will show quickly. Pick two from this report, such as setting an objective for every meeting and reviewing every closed deal, and keep to them for a month.",
    "Developing Dealmaker":
      "Your personal index is {score}, a Developing Dealmaker. The median among your peers is {peerMedian}. You have effective habits but apply them on some deals rather than all. Choose the habit you use least consistently and make it routine before adding another.",
    "Capable Dealmaker":
      "Your personal index is {score}, a Capable Dealmaker. You did as well as or better than {peerPercent} of your peers. You sell with good habits and a few gaps; the sections below show which ones would lift your results most.",
    "Accomplished Dealmaker":
      "Your personal index is {score}, an Accomplished Dealmaker. You did as well as or better than {peerPercent} of your peers. You sell with discipline and skill, and the remaining gains are in the finer points, such as competitive strategy and financial conversations with executives.",
    "Dealmaker Ace":
      "Your personal index is {score}, which makes you a Dealmaker Ace. You did as well as or better than {peerPercent} of your peers. You practise nearly everything that separates the best sellers from the rest. Keep testing your habits against outcomes, and share them with colleagues, because teaching sharpens them further.",
  },
};

export const INDEX_NARRATIVE_LIST: readonly IndexNarrative[] = [OVERALL, VALUE, NUMBER, WIN_RATE, SALES_CYCLE, PERSONAL];
