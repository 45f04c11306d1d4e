// Part D narratives for Personal perspective, addressed to the individual seller.
import type { QuestionNarrative } from "./types";

export const PERSPECTIVE_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "d.perspective.differentiate",
    byAnswer: {
      "strongly-disagree":
        "You find it hard to show customers why your offering is better for them than the alternatives, including doing nothing. Buyers choose what is best for them, so without that case they default to price or to the status quo. Write down three concrete reasons a customer would be better off with you, each backed by a customer example.",
      disagree:
        "You are not yet confident showing customers why your offering beats the alternatives. Start from the buyer's side: what do they compare you with, and what matters most to them? Practise your answer with a colleague who plays a sceptical buyer.",
      "not-sure":
        "You are unsure whether you can show customers why your offering is better for them. Ask two or three recent customers why they chose you and what nearly stopped them. Their answers will tell you which reasons land and which you should sharpen.",
      agree:
        "You can usually show customers why your offering is the better choice for them. Test that view with customers and colleagues, since our own sense of our strengths is often generous. Tailor the case to each buyer rather than repeating a standard pitch.",
      "strongly-agree":
        "You are confident you can show customers why your offering is better for them than the alternatives. Keep checking that confidence against outcomes: ask customers after each win and loss what decided it. Share the arguments that work with your colleagues.",
    },
    actions: {
      keep: "Keep making the case from the buyer's side",
      change: "Sharpen why buyers should choose you",
      stop: "Stop leaving buyers to default to price",
    },
  },
  {
    questionId: "d.perspective.competitive-strategy",
    byAnswer: {
      "strongly-disagree":
        "You do not plan a specific competitive strategy for your important deals, so you react to competitors instead of shaping the contest. For your next important deal, write down who is involved, what each person needs, and how you compare with the competition on what they will judge. Decide from that where to compete and where to change the criteria.",
      disagree:
        "You seldom work out a competitive strategy for important deals. In a deal with several suppliers, most lose, and the ones who win usually had a plan. Take fifteen minutes before each key meeting to note your strengths against the likely rival and how to bring them into the buyer's criteria.",
      "not-sure":
        "You are not sure whether you plan a competitive strategy for each important deal, which suggests it happens only now and then. Look at your three biggest open deals: can you say who you are up against and how you plan to win? If not, that is the plan to write this week.",
      agree:
        "You usually plan a competitive strategy for important deals, which is more than most sellers do. Make it a habit for every deal above a set size, and revisit the plan when the buying team or the competition changes. Keep the customer's decision criteria at the centre.",
      "strongly-agree":
        "You build a competitive strategy for every important deal, considering the people, their needs and how you compare. That is a clear mark of a strong dealmaker. Review each plan after the deal closes to learn which moves made the difference.",
    },
    actions: {
      keep: "Keep a competitive plan for key deals",
      change: "Write a competitive plan for each key deal",
      stop: "Stop reacting to competitors without a plan",
    },
  },
  {
    questionId: "d.perspective.call-objectives",
    byAnswer: {
      "strongly-disagree":
        "You often go into customer meetings without a clear idea of what you want them to achieve. You control two things in selling: whom you meet and what you do in the meeting. Before every meeting, write one sentence on the outcome you want and the commitment you will ask for.",
      disagree:
        "You do not always know what you want a customer meeting to achieve, so some meetings end pleasantly but move nothing forward. Set an objective that the buyer has to act on, such as agreeing a next step or introducing a colleague. Check after the meeting whether you got it.",
      "not-sure":
        "You are unsure whether you set clear objectives before customer meetings. Look at your last five meetings and ask what each was meant to achieve and whether it did. If you cannot say, start writing the objective in your calendar entry before each meeting.",
      agree:
        "You usually know what you want from a customer meeting, which keeps your deals moving. Add a fallback objective for when the meeting does not go as planned. Review after each meeting whether you got what you came for.",
      "strongly-agree":
        "You go into every customer meeting knowing exactly what you want it to achieve. That discipline is one of the clearest signs of a professional seller. Strengthen it further by preparing a second-best outcome in case the main one is out of reach.",
    },
    actions: {
      keep: "Keep setting an objective for every meeting",
      change: "Set an objective before each meeting",
      stop: "Stop going into meetings without an aim",
    },
  },
  {
    questionId: "d.perspective.negotiation",
    byAnswer: {
      "strongly-disagree":
        "You see your negotiation skills as underdeveloped, which puts margin at risk at the end of every deal. Negotiation is a learnable skill with clear techniques. Take a course or work with an experienced colleague, and before each negotiation write down what you want, what you can give and where you will walk away.",
      disagree:
        "Your negotiation skills are not yet where you want them. Much of a negotiation is decided before the final stage, by how you have positioned value throughout the deal. Prepare a list of what you can trade and ask for something in return for every concession.",
      "not-sure":
        "You are not sure how good your negotiation skills are. Look at your recent deals: how much did the final price or terms move from your first offer, and what did you get in return? That comparison is an honest measure of your negotiating.",
      agree:
        "Your negotiation skills are well developed. Remember that the negotiation starts early: how you position your offering from the first meeting shapes the terms you can get at the end. Keep planning your trades before each negotiation.",
      "strongly-agree":
        "You are a confident negotiator. Keep using the whole deal to set up the negotiation, not just the final stage. Help colleagues prepare their negotiations, which sharpens your own skills too.",
    },
    actions: {
      keep: "Keep setting up negotiations early",
      change: "Plan trades before every negotiation",
      stop: "Stop conceding without getting something back",
    },
  },
  {
    questionId: "d.perspective.financial-acumen",
    byAnswer: {
      "strongly-disagree":
        "You are not comfortable reading a customer's financial statements or discussing return on investment with executives. Yet those are the terms in which the people who sign decide. Start by reading the annual report of one key customer and working out how your offering affects their revenue, cost or risk.",
      disagree:
        "Your financial acumen is not yet strong enough for confident conversations with executives. Learn the basics of the income statement and the balance sheet, and practise building a simple return-on-investment case for one deal. Ask someone in your finance team to check it.",
      "not-sure":
        "You are not sure whether you can read financial statements and discuss return on investment with executives. Test yourself: take a customer's annual report and try to explain their main financial pressures in two minutes. Where you stumble is what to learn next.",
      agree:
        "You can read a customer's financial statements and discuss return on investment with executives. Check your skills with a finance colleague or a friendly customer executive now and then. Use the skill early in deals, to shape the business case rather than just defend it.",
      "strongly-agree":
        "You are comfortable with financial statements and return on investment, the language of the executives who approve purchases. Use it to build business cases with the customer, so the figures are theirs. Help colleagues develop the same skill.",
    },
    actions: {
      keep: "Keep speaking the language of executives",
      change: "Learn to build an ROI case",
      stop: "Stop avoiding financial conversations with executives",
    },
  },
  {
    questionId: "d.perspective.peer-communication",
    byAnswer: {
      "strongly-disagree":
        "You rarely share what you learn with colleagues or learn from theirs, so each of you solves the same problems alone. A short, regular exchange of what worked and what failed saves everyone time. Suggest a fifteen-minute weekly round in your team and bring one lesson to each.",
      disagree:
        "You share and learn from colleagues less than you could. Your peers meet the same buyers, objections and competitors, so their experience is the quickest source of ideas. Pick one colleague whose results you admire and trade notes on a deal each week.",
      "not-sure":
        "You are not sure how much you share and learn from colleagues. Think back over the last month: what did you learn from a colleague, and what did you pass on? If nothing comes to mind, this is an easy habit to build.",
      agree:
        "You regularly share what you learn with colleagues and learn from theirs. Keep it specific: customer quotes, questions that worked and reasons for losses are more useful than general impressions. It pays back both ways.",
      "strongly-agree":
        "Sharing what you learn with colleagues, and learning from theirs, is a firm habit of yours. That makes the whole team stronger and keeps you learning. Consider mentoring a newer seller to pass on what you know.",
    },
    actions: {
      keep: "Keep trading lessons with colleagues",
      change: "Share one deal lesson each week",
      stop: "Stop solving selling problems alone",
    },
  },
  {
    questionId: "d.perspective.candour",
    byAnswer: {
      "strongly-disagree":
        "You avoid telling customers hard truths, even when that would serve them. Saying only what buyers want to hear can win a deal and lose the relationship. Next time a customer's plan will not work, say so, explain why and offer a better path.",
      disagree:
        "You seldom tell customers uncomfortable truths. Long-term relationships rest on honesty, and customers remember who warned them. Practise framing a hard message around the customer's interest, so it lands as help rather than criticism.",
      "not-sure":
        "You are not sure whether you tell customers hard truths when they need to hear them. Think of a recent deal where you held back a concern: what happened next? That answer shows whether candour would have served you and the customer better.",
      agree:
        "You are willing to tell customers hard truths when it serves them, which builds trust that lasts beyond a single deal. Keep delivering them with care and a suggested way forward. Customers value a seller who helps them avoid mistakes.",
      "strongly-agree":
        "You tell customers hard truths whenever that serves them best, even if it costs you a deal. That integrity is the foundation of a trusted-adviser relationship. It also earns you referrals, because customers recommend people they can rely on.",
    },
    actions: {
      keep: "Keep telling customers hard truths",
      change: "Tell customers what they need to hear",
      stop: "Stop telling customers only what pleases them",
    },
  },
];
