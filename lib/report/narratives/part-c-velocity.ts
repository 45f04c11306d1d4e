// Part C narratives for Sales velocity, addressed to the sales leader. These items sit closest to the
// participant's own numbers, so most paragraphs carry one figure in a sentence of its own.
import type { QuestionNarrative } from "./types";

export const VELOCITY_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.velocity.qualification",
    byAnswer: {
      "strongly-disagree":
        "Your sellers do not qualify well, so time and specialist support go into deals you were never going to win. Poor qualification is also the main reason forecasts miss. Write down the five questions every deal must answer before it counts as qualified, covering budget, timing, decision makers, the compelling reason to act and the competition, and stop forecasting any deal that cannot answer them.",
      disagree:
        "Qualification is weaker than it should be in your team, so the pipeline carries deals that will not close. {unitWinRateReading}. Review your last ten losses and count how many should have been dropped early; that number shows what better qualification is worth.",
      "not-sure":
        "You are not sure how well your sellers qualify, and in {study} most sellers rated themselves good at it while about half of forecast deals still failed to close. Self-assessment is a poor guide here. Compare the deals dropped early with the deals lost late over the last two quarters: if late losses dominate, qualification is the problem.",
      agree:
        "Your sellers qualify opportunities well and let go of deals they cannot win, which protects both win rate and selling time. {unitWinRateReading}. Keep qualification going through the whole deal rather than treating it as a gate at the start, because circumstances change and a deal can stop being winnable.",
      "strongly-agree":
        "Qualification is a real strength of your team: sellers ask the hard questions early and walk away when they should. {unitWinRateReading}. Make sure the definition of a qualified deal is written down and taught to every new hire, so the strength does not depend on a few experienced people.",
    },
    actions: {
      keep: "Keep qualifying hard at every stage",
      change: "Compare early drops with late losses",
      stop: "Stop chasing deals you cannot win",
    },
  },
  {
    questionId: "c.velocity.close-ratio",
    byAnswer: {
      "strongly-disagree":
        "You are clearly unhappy with the share of qualified deals your team wins, and win rate is one of the four factors of sales velocity. {unitWinRateReading}. {valueWinRateReading}. A lost deal has one of two causes: you should not have been in it, or you were outsold; sort your last twenty losses into those two groups, because the fix for each is different.",
      disagree:
        "Your win rate is below what you want, and every lost deal carries the full cost of pursuing it. {unitWinRateReading}. {valueWinRateReading}. Find out whether losses cluster in a segment, a competitor or a deal size, then aim qualification and coaching at that cluster first.",
      "not-sure":
        "You are not sure whether your close ratio is satisfactory, which often means it is not measured the same way twice. Settle on two figures: deals won divided by deals decided, and value won divided by value decided. {unitWinRateReading}. {valueWinRateReading}. Set a target for each, track both monthly and review the losses behind any miss.",
      agree:
        "You are broadly satisfied with your win rate. {unitWinRateReading}. {valueWinRateReading}. Track it by value as well as by count: a lower rate by value would mean your larger deals are the ones getting away.",
      "strongly-agree":
        "You are very satisfied with the share of qualified deals your team wins. {unitWinRateReading}. {valueWinRateReading}. The number of deals still open, neither won nor lost, is {openDeals}. Keep tracking both rates, and watch deals that stay open a long time, because they may be losses nobody has recorded yet.",
    },
    actions: {
      keep: "Keep tracking win rate by count and value",
      change: "Track win rate and learn from every loss",
      stop: "Stop losing deals you should not pursue",
    },
    variants: [
      {
        answers: ["disagree"],
        when: "value-below-unit",
        text: "Your win rate is below what you want, and every lost deal carries the full cost of pursuing it. Your unit win rate is {unitWinRate}. By value you win {valueWinRate}. The lower rate by value shows that your losses fall hardest on larger deals, so aim qualification and coaching there first, and check whether one competitor or segment takes most of them.",
      },
      {
        answers: ["agree"],
        when: "value-below-unit",
        text: "You are broadly satisfied with your win rate. Your unit win rate is {unitWinRate}. By value you win {valueWinRate}. You win a clearly smaller share by value than by count, so your larger deals are the ones getting away; look there for the next gain.",
      },
      {
        answers: ["agree"],
        when: "value-above-unit",
        text: "You are broadly satisfied with your win rate. Your unit win rate is {unitWinRate}. By value you win {valueWinRate}. You win a larger share by value than by count, so your big deals go well; check that the small ones are worth the selling time they take.",
      },
      {
        answers: ["agree"],
        when: "value-level-with-unit",
        text: "You are broadly satisfied with your win rate. Your unit win rate is {unitWinRate}. By value you win {valueWinRate}. The two rates are close, so deal size makes little difference to whether you win; the next gain is in the reasons you lose at every size.",
      },
    ],
  },
  {
    questionId: "c.velocity.cycle-length",
    byAnswer: {
      "strongly-disagree":
        "Your deals take far longer than they should, and since velocity divides by cycle length, every extra week cuts revenue per day. {cycleDaysReading}. Find the stage where deals wait longest and ask what the buyer needs at that point that they are not getting: often it is access to a decision maker or a clear business case.",
      disagree:
        "Your sales cycle runs longer than it should, which ties up sellers and delays revenue. {cycleDaysReading}. Compare the fastest quarter of your wins with the slowest: the differences in who was involved and when usually show what to change.",
      "not-sure":
        "You are not sure whether your deals take the right time to close, so first establish what the right time is. Measure how long won deals take from qualification to signature and how long your buyers say they need to decide. {cycleDaysReading}. The gap between the two figures is the delay you can work on.",
      agree:
        "Your deals close in about the time they should, which keeps velocity healthy. {cycleDaysReading}. Watch for drift as deal sizes grow or new products launch, because cycles tend to lengthen quietly before anyone notices.",
      "strongly-agree":
        "Cycle length is well under control in your team, and that is one of the strongest signs of a healthy sales engine. {cycleDaysReading}. Record what keeps deals moving, such as early access to decision makers and clear stage exits, so new sellers adopt the same habits.",
    },
    actions: {
      keep: "Keep deals moving and watch for drift",
      change: "Measure where and why deals slow down",
      stop: "Stop letting stalled deals sit idle",
    },
  },
  {
    questionId: "c.velocity.enough-opportunities",
    byAnswer: {
      "strongly-disagree":
        "You do not create nearly enough qualified opportunities to reach your targets, and no win rate can make up for an empty pipeline. {opportunitiesReading}. Work backwards from the target: divide it by your average deal and by your win rate to see how many opportunities you need, then plan prospecting, marketing and referrals to close the gap.",
      disagree:
        "Opportunity creation falls short of what your targets need, which puts pressure on every deal in the pipeline. {opportunitiesReading}. Set a weekly number of new qualified opportunities for each seller and review it as closely as you review closed business.",
      "not-sure":
        "You are not sure whether you create enough opportunities, so the target and the pipeline are not being linked. Calculate the number you need: the revenue target divided by the average won deal, divided again by the win rate. Compare it with the number of new qualified opportunities you actually created in the last 12 months: {opportunities}.",
      agree:
        "You create enough qualified opportunities to reach your targets, which gives your team choice about which deals to pursue. {opportunitiesReading}. Check that the sources are balanced, because a pipeline that depends on one channel is fragile.",
      "strongly-agree":
        "Opportunity creation is a clear strength of your company, and a full pipeline lets sellers qualify hard without fear. {opportunitiesReading}. Keep a mix of large and smaller deals in it, so results do not hang on a handful of big opportunities.",
    },
    actions: {
      keep: "Keep the pipeline full from many sources",
      change: "Work out how many opportunities you need",
      stop: "Stop leaving opportunity creation to chance",
    },
  },
  {
    questionId: "c.velocity.major-accounts",
    byAnswer: {
      "strongly-disagree":
        "You are leaving much of the potential in your largest accounts untapped, and those accounts usually hold far more business than the first deal shows. {averageDealReading}. Choose your five biggest customers and build a written account plan for each: who else could buy, what problems they face, and who in your company will own the relationship.",
      disagree:
        "Your largest accounts give you less than they could, often because each deal is worked alone rather than as part of a plan. Growing a major account needs time and support from beyond the sales team. Start with the two accounts where you have the strongest relationship and map the other departments and problems you could serve.",
      "not-sure":
        "You are unsure whether you get the full potential from your largest accounts, which usually means nobody has sized that potential. For your ten largest customers, estimate what they could spend with you and compare it with what they spend today. The gap tells you whether a formal account-planning effort is worth the resources it needs.",
      agree:
        "You get good value from your largest accounts, which raises the average deal and steadies revenue. {averageDealReading}. Make account plans a shared document reviewed each quarter, so the growth continues when the account owner changes.",
      "strongly-agree":
        "Developing your largest accounts is a strength of your company, and it usually reflects disciplined account planning. {averageDealReading}. Keep investing the executive time and specialist support these accounts need, and apply the same planning to the next tier of customers.",
    },
    actions: {
      keep: "Keep planning growth in major accounts",
      change: "Write plans for your largest accounts",
      stop: "Stop treating big accounts as single deals",
    },
  },
];
