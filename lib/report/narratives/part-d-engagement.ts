// Part D narratives for Sales engagement, addressed to the individual seller. The two stage picks are unscored:
// their paragraphs describe the stage chosen rather than judge it, so they carry no actions.
import type { QuestionNarrative } from "./types";

export const ENGAGEMENT_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "d.engagement.customer-meetings",
    byAnswer: {
      none:
        "You have no customer meetings in a typical week, and nothing teaches you more or moves deals faster than talking to buyers. Block two slots in your calendar this week and fill them with customer or prospect conversations. Protect those slots from internal meetings.",
      "1-2":
        "You meet customers once or twice in a typical week, which is probably not enough to keep deals moving and learn what buyers need. Look at where the rest of your time goes and move one or two hours of internal work into calls. Aim for three to five customer conversations a week.",
      "3-5":
        "You hold three to five customer meetings in a typical week, a solid rhythm. More is not always better; what matters is that each meeting has a clear purpose. See whether one or two more conversations a week would help your pipeline, especially early-stage ones.",
      "6-10":
        "You meet customers six to ten times a week, so you spend much of your time where deals are decided. Make sure preparation keeps pace with that volume, with a clear objective for every meeting. Protect the time you need for follow-up and thinking.",
      "over-10":
        "You have more than ten customer meetings a week, which puts you in constant touch with buyers. At that pace the risk is too little preparation and follow-up, so check that each meeting moves a deal forward. Consider whether some could be shorter or handled in a different way.",
    },
    actions: {
      keep: "Keep meeting customers every week",
      change: "Book more customer meetings each week",
      stop: "Stop letting internal work crowd out customers",
    },
  },
  {
    questionId: "d.engagement.win-loss-review",
    byAnswer: {
      never:
        "You never work out why you won or lost a deal, so each outcome teaches you nothing about what to keep or change. Start with your next three closed deals: write three lines on why the customer decided as they did. Ask the customer if you can; their answer is worth more than your guess.",
      "under-25":
        "You review fewer than a quarter of your outcomes, so most of the lessons in your closed deals are lost. Make a short review a habit for every deal above a certain size. Ask the buyer for ten minutes of honest feedback, especially after a loss.",
      "25-50":
        "You review between a quarter and half of your closed deals, which means you are missing more than half of what they can teach you. Make the review part of closing a deal in your CRM, so it is not left to memory. Look for patterns across reviews every quarter.",
      "50-75":
        "You analyse most of your won and lost deals, which builds real insight into why buyers choose. Close the gap to every deal, because the outcomes you skip are often the uncomfortable ones. Share the patterns you see with your manager and colleagues.",
      "over-75":
        "You review nearly every closed deal, among the most valuable habits a seller can have. Keep the customer's view at the centre, not just your own. Turn what you learn into one concrete change you try on the next deal.",
    },
    variants: [
      {
        answers: ["25-50"],
        when: "no-crm",
        text: "You review between a quarter and half of your closed deals, which means you are missing more than half of what they can teach you. Each time you close a deal, write a few lines on why you won or lost it, so the lesson is not left to memory. Look for patterns across reviews every quarter.",
      },
    ],
    actions: {
      keep: "Keep reviewing every win and loss",
      change: "Review why you won or lost each deal",
      stop: "Stop closing deals without learning from them",
    },
  },
  {
    questionId: "d.engagement.follow-process",
    byAnswer: {
      never:
        "You never follow a sales process on your deals, so you cannot tell where a deal really stands. Write down the steps your buyers go through and check each deal against them weekly.",
      sometimes:
        "You follow your company's sales process only sometimes, so some deals get the discipline and others do not. Pick the stages you most often skip and ask why; they may be the ones where your deals stall. Try working your next three deals fully by the process and compare the results.",
      mostly:
        "You follow the sales process most of the time, which gives your deals structure. Moving from most of the time to every time is a small step that tends to show in results. Notice which deals you make exceptions for and whether those are the ones that slip.",
      always:
        "You follow the sales process on every deal, which makes your pipeline reliable and your forecast credible. If the process stops matching how your buyers behave, say so and help improve it. Share your approach with newer colleagues.",
    },
    actions: {
      keep: "Keep following the process on every deal",
      change: "Work every deal through the sales process",
      stop: "Stop skipping process steps under pressure",
    },
    variants: [
      {
        answers: ["never"],
        when: "no-process",
        text: "You never follow a sales process on your deals, and your company has no defined one to follow, so you cannot tell where a deal really stands. Write down the steps your buyers go through and check each deal against them weekly.",
      },
    ],
  },
  {
    questionId: "d.engagement.ask-referrals",
    byAnswer: {
      never:
        "You never ask satisfied customers for referrals, so you miss one of the easiest routes to busy decision makers. Once you have delivered real value, you have earned the right to ask. Pick your two happiest customers and ask each for one introduction this month.",
      "under-25":
        "You ask for a referral in fewer than a quarter of the cases where you could. A peer's introduction opens doors that cold outreach rarely does. Add a referral request to your routine at a natural moment, such as a successful go-live or a renewal.",
      "25-50":
        "You ask for referrals between a quarter and half of the time after delivering value. Making it routine could double the introductions you get. Prepare a short, specific request naming the kind of company or person you would like to meet.",
      "50-75":
        "You ask for referrals more often than not, so you know how valuable they are. Raise the ratio further and follow up each introduction quickly. Thank the customer and tell them what came of it, which makes them more likely to refer again.",
      "over-75":
        "You ask for referrals almost every time you have delivered value, which makes them a reliable source of new opportunities. Keep requests specific and well timed. Track how many referrals become qualified deals, so you can see the return.",
    },
    actions: {
      keep: "Keep asking happy customers for referrals",
      change: "Ask for a referral after each success",
      stop: "Stop leaving referrals unasked",
    },
  },
  {
    questionId: "d.engagement.most-important-stage",
    byAnswer: {
      prospecting:
        "You see finding and targeting prospects as the stage that matters most. Choosing the right customers does shape everything after it, since no skill wins a deal with the wrong buyer. Make sure the deals you find are also qualified and understood, or a full pipeline turns into lost time.",
      "needs-analysis":
        "You see understanding the buyer's needs as the stage that matters most, and there is good reason to agree. Until you know what the customer really needs, every later step is guesswork. Keep investing in discovery skills, because they pay off in every deal.",
      qualification:
        "You see qualifying the opportunity as the stage that matters most. Good qualification spares you deals you cannot win and makes your forecast credible. Remember that qualification continues through the deal, since a winnable deal can stop being one.",
      proposal:
        "You see shaping and presenting the solution as the stage that matters most. A strong proposal does win deals, but only when it rests on a clear understanding of the buyer's needs. Check that your proposals answer the customer's stated problem in their own words.",
      negotiation:
        "You see negotiating terms as the stage that matters most. Terms are settled at the end, but your negotiating position is built throughout the deal by the value you have shown. Invest in the earlier stages too, so you arrive at negotiation with leverage.",
      closing:
        "You see closing as the stage that matters most. The close is where the result shows, but it is seldom where the deal is won; that usually happens earlier, in understanding needs and showing value. Look at your recent wins and ask which stage really decided them.",
    },
  },
  {
    questionId: "d.engagement.most-difficult-stage",
    byAnswer: {
      prospecting:
        "Finding and targeting prospects is the stage you find hardest. Ask satisfied customers for referrals, use professional networks to research and approach buyers, and work with marketing on a clear profile of the ideal customer. Set yourself a small weekly prospecting target and keep to it.",
      "needs-analysis":
        "Understanding the buyer's needs is the stage you find hardest, and you are in good company: it is where many sellers fall short, and everything else depends on it. Prepare your questions before each meeting and listen more than you talk. Confirm what you heard with the buyer in writing.",
      qualification:
        "Qualifying opportunities is the stage you find hardest. It is uncomfortable to ask about budget, decision makers and timing, but unqualified deals cost you far more later. Use a short checklist for every deal and ask the hard questions early.",
      proposal:
        "Shaping and presenting the solution is the stage you find hardest. Proposals are easier when they follow from a clear understanding of the customer's problem. Tie each part of your solution to a specific need the buyer has confirmed, and leave out what does not matter to them.",
      negotiation:
        "Negotiating terms is the stage you find hardest. Negotiation becomes easier when the buyer already sees clear value and you know what you can trade. Plan your concessions before the meeting and ask for something in return for each one.",
      closing:
        "Closing deals is the stage you find hardest. Difficulty at the close often signals gaps earlier on, such as unclear value or a missing decision maker. Review your last few stalled closes to see what was missing before you reached that point.",
    },
    variants: [
      {
        answers: ["prospecting"],
        when: "asks-for-referrals",
        text: "Finding and targeting prospects is the stage you find hardest, even though you already ask most satisfied customers for referrals. Add professional networks to research and approach buyers, and work with marketing on a clear profile of the ideal customer. Set yourself a small weekly prospecting target and keep to it.",
      },
    ],
  },
];
