// Index-level narratives: the overall Dealmaker Index (company bands), the four company sub-indices (revenue
// increase potential bands: what the potential means for that lever of sales velocity) and the personal index
// (personal bands). Band keys are the band names in lib/scoring/bands.ts.
import type { IndexNarrative } from "./types";

const OVERALL: IndexNarrative = {
  index: "overall",
  explains:
    "The Dealmaker Index is the mean of four sub-indices, one for each factor of sales velocity: the number of qualified opportunities, deal value, win rate and cycle length.",
  byBand: {
    "Foundation Builder":
      "{companySubject} scores {score}, which places it among the Foundation Builders. {peerStanding}. Many of the practices that make selling repeatable are not yet in place, which also means the gains from fixing them are large.",
    "Emerging Performer":
      "{companySubject} scores {score}, an Emerging Performer. {peerStanding}. Good practices exist but are applied unevenly, so results depend on which seller works the deal; making the best habits standard is the fastest way up.",
    "Solid Performer":
      "{companySubject} scores {score}, a Solid Performer. {peerStanding}. The foundations are sound, and a few specific gaps hold back your velocity; the first actions below take them in order of the revenue at stake.",
    "High Performer":
      "{companySubject} scores {score}, a High Performer. {peerStanding}. Your practices are strong across most of what drives velocity; the work now is to make them part of how the company runs, so they survive growth and changes of people.",
    "World Class":
      "{companySubject} scores {score}, which is World Class. {peerStanding}. Your practices set the standard others measure themselves against; keep renewing them as buyers change.",
  },
};

const VALUE: IndexNarrative = {
  index: "value",
  explains:
    "The Value Index measures the practices that raise the average won deal, the factor of velocity that discounts wear down. {valuePracticeCheck}.",
  byBand: {
    Major:
      "Your Value Index is {score}: few of the practices that raise deal value are in place, so deals are probably sold on features and closed with discounts. Your average won deal is {averageDeal}. Teach sellers to state value in the customer's own results, and put approval rules on discounts.",
    Significant:
      "Your Value Index is {score}, so there is significant revenue to gain from larger deals. Your average won deal is {averageDeal}. Look at how sellers present value, how often they discount and how much more your largest customers could buy.",
    Moderate:
      "Your Value Index is {score}: deal value is in reasonable shape, with moderate room to grow. Your average won deal is {averageDeal}. Clearer value stories and planned growth in key accounts should lift it.",
    Minimal:
      "Your Value Index is {score}: deal value is well managed and little extra revenue is left to unlock here. Your average won deal is {averageDeal}. Keep checking that sellers make your value clear in competitive deals.",
  },
};

const NUMBER: IndexNarrative = {
  index: "number",
  explains:
    "The Number Index measures the practices that fill the pipeline with qualified opportunities, the raw material of velocity.",
  byBand: {
    Major:
      "Your Number Index is {score}: few of the practices that create qualified opportunities are in place, so new deals arrive unevenly and depend on a few people. Your count of new qualified opportunities for the last 12 months is {opportunities}. Agree with marketing what counts as a qualified opportunity and where the next ones will come from.",
    Significant:
      "Your Number Index is {score}, so there is significant revenue to gain from more qualified opportunities. Your count of new qualified opportunities for the last 12 months is {opportunities}. Set weekly opportunity targets and check which sources are underused: marketing, referrals, existing customers and social channels.",
    Moderate:
      "Your Number Index is {score}: opportunity creation is in reasonable shape, with moderate room to grow. Your count of new qualified opportunities for the last 12 months is {opportunities}. A sharper shared definition of a qualified lead and steadier prospecting would add to the flow.",
    Minimal:
      "Your Number Index is {score}: you create opportunities well and little extra revenue is left to unlock here. Your count of new qualified opportunities for the last 12 months is {opportunities}. Keep the sources balanced and teach new sellers what works.",
  },
};

const WIN_RATE: IndexNarrative = {
  index: "winRate",
  explains:
    "The Win Rate Index measures the practices that decide how many of your qualified deals you win; winning a tenth more of them lifts velocity as much as deals a tenth larger. {winRatePracticeCheck}.",
  byBand: {
    Major:
      "Your Win Rate Index is {score}: few of the practices that win deals are in place, so you are likely losing deals you could win. Your unit win rate is {unitWinRate}. Start with qualification and access to the people who decide, the two practices that most often settle a deal.",
    Significant:
      "Your Win Rate Index is {score}, so there is significant revenue to gain by winning more of your qualified deals. Your unit win rate is {unitWinRate}. Sort recent losses into deals you should not have pursued and deals where you were outsold, and act on the larger group.",
    Moderate:
      "Your Win Rate Index is {score}: your ability to win is in reasonable shape, with moderate room to grow. Your unit win rate is {unitWinRate}. Coaching on the deals you lose, especially the larger ones, should lift it further.",
    Minimal:
      "Your Win Rate Index is {score}: your team already wins well and little extra revenue is left to unlock here. Your unit win rate is {unitWinRate}. Make the habits behind it standard, so they do not rest on a few strong sellers.",
  },
};

const SALES_CYCLE: IndexNarrative = {
  index: "salesCycle",
  explains:
    "The Sales Cycle Index measures the practices that keep deals moving; sales velocity divides by the length of the cycle. {salesCyclePracticeCheck}.",
  byBand: {
    Major:
      "Your Sales Cycle Index is {score}: deals are likely slow and hard to forecast. Your won deals took {cycleDays} on average. Define a sales process that follows your buyers' steps and ask for buyer evidence at each stage; that alone shows where deals stall.",
    Significant:
      "Your Sales Cycle Index is {score}, so there is significant revenue to gain by moving deals faster and forecasting them better. Your won deals took {cycleDays} on average. Find the stages where deals wait longest and check whether your process and tools help sellers move them on.",
    Moderate:
      "Your Sales Cycle Index is {score}: cycle management is in reasonable shape, with moderate room to grow. Your won deals took {cycleDays} on average. Tighter stage rules and a regular clean-out of stalled deals should shorten cycles and steady the forecast.",
    Minimal:
      "Your Sales Cycle Index is {score}: deals already move well and little extra revenue is left to unlock here. Your won deals took {cycleDays} on average. Keep your process, methodology and tools working together as buyers change.",
  },
};

const PERSONAL: IndexNarrative = {
  index: "personal",
  explains:
    "Your personal Dealmaker Index measures your own selling habits: time with customers, learning from wins and losses, planning each deal and meeting, and using methods and tools well. These habits are what lift your share of the four velocity factors: more opportunities, bigger deals, more wins and shorter cycles.",
  byBand: {
    "Getting Started":
      "Your personal index is {score}, in the Getting Started category. {peerStanding}. Few of the habits that win deals are yet part of your routine, so small changes will show quickly. Pick two from this report, such as setting an objective for every meeting and reviewing every closed deal, and keep to them for a month.",
    "Developing Dealmaker":
      "Your personal index is {score}, a Developing Dealmaker. {peerStanding}. You have effective habits but apply them on some deals rather than all. Choose the habit you use least consistently and make it routine before adding another.",
    "Capable Dealmaker":
      "Your personal index is {score}, a Capable Dealmaker. {peerStanding}. You sell with good habits and a few gaps; the sections below show which ones would lift your results most.",
    "Accomplished Dealmaker":
      "Your personal index is {score}, an Accomplished Dealmaker. {peerStanding}. You sell with discipline and skill, and the remaining gains are in the finer points, such as competitive strategy and financial conversations with executives.",
    "Dealmaker Ace":
      "Your personal index is {score}, which makes you a Dealmaker Ace. {peerStanding}. You practise nearly everything that separates the best sellers from the rest. Keep testing your habits against outcomes, and share them with colleagues, because teaching sharpens them further.",
  },
};

export const INDEX_NARRATIVE_LIST: readonly IndexNarrative[] = [OVERALL, VALUE, NUMBER, WIN_RATE, SALES_CYCLE, PERSONAL];
