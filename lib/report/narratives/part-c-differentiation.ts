// Part C narratives for Competitive differentiation, addressed to the sales leader. These are among the most
// heavily weighted items for Win Rate and Value, so they often surface in the Keep / Change / Stop list.
import type { QuestionNarrative } from "./types";

export const DIFFERENTIATION_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.differentiation.key-players",
    byAnswer: {
      "strongly-disagree":
        "Your sellers do not reach the people who really decide, and few things lose more deals. {unitWinRateReading}. For each important deal, name the decision maker and ask why they would give you their time; senior people usually agree to meet when a colleague of theirs asks them to or when a peer recommends you, so work through those two routes.",
      disagree:
        "Your sellers get to the key players in a deal less often than they need to, so deals rest on contacts who cannot say yes. {unitWinRateReading}. Make the decision maker's name, role and last contact a required field for any deal past qualification, and coach sellers to ask their contact to introduce them.",
      "not-sure":
        "You are not sure whether your sellers reach the key people behind buying decisions, and in {study} only about half of sellers said they knew how. Check your ten largest open deals: for how many has a seller met the person who will sign? That share is your answer and your baseline.",
      agree:
        "Your sellers usually reach the key players in a deal, which is one of the strongest drivers of win rate. {unitWinRateReading}. The remaining risk is change: decision makers move on or new ones appear late, so recheck who decides at each stage of larger deals.",
      "strongly-agree":
        "Access to the people who decide is a real strength of your sellers, and it shows in deals that are won rather than stalled. {unitWinRateReading}. Capture how your best sellers get those meetings, such as internal sponsors and peer referrals, and teach it to the rest of the team.",
    },
    actions: {
      keep: "Keep meeting the people who decide",
      change: "Name the decision maker on every deal",
      stop: "Stop relying on contacts who cannot decide",
    },
  },
  {
    questionId: "c.differentiation.uncover-problem",
    byAnswer: {
      "strongly-disagree":
        "Your sellers do not find the business problem the customer really needs to solve, so they cannot show what your offering is worth. Deals then become a contest of features and price. Give sellers a short set of discovery questions about the customer's goals, costs and risks, and do not let a proposal go out until the problem is written down and confirmed by the buyer.",
      disagree:
        "Your sellers uncover the customer's real problem less often than they should, and proposals end up generic. In {study}, only about six in ten sellers felt confident here, so you are not alone. Review proposals before they go out and send back any that do not state the customer's problem in the customer's words.",
      "not-sure":
        "You are not sure whether your sellers uncover the customer's real business problem. Read the notes on five recent deals: can you tell what the customer needed to fix, what it cost them and why now? If you cannot, neither can the seller, and that is the skill to coach.",
      agree:
        "Your sellers usually uncover the business problem behind a purchase, which lets them show value and avoid a price fight. Keep discovery going past the first meeting, since different people in the buying team see the problem differently. Ask sellers to confirm their understanding with the buyer in writing.",
      "strongly-agree":
        "Uncovering the customer's real problem is a strength of your sellers, and everything else in the sale builds on it. Use it by matching specific parts of your offering to specific parts of the problem, rather than presenting the whole solution. Capture the problems you hear most often and share them with marketing and product.",
    },
    actions: {
      keep: "Keep discovery focused on the business problem",
      change: "Confirm the customer's problem before proposing",
      stop: "Stop proposing before the problem is clear",
    },
  },
  {
    questionId: "c.differentiation.vs-competition",
    byAnswer: {
      "strongly-disagree":
        "Your sellers cannot set you apart from the competitors in a deal, so buyers are left to choose on price. Failing here has three possible causes: not knowing your own distinct value, not knowing the competitor, or not knowing how to position against them. Find out which applies, starting with the first, because the other two depend on it.",
      disagree:
        "Your sellers struggle to stand out against competitors in contested deals. Build a one-page brief for each main rival: where they are strong, where you are stronger, and the questions that bring your strengths into the buyer's criteria. Review it with the team after every competitive loss.",
      "not-sure":
        "You are not sure whether your sellers differentiate you from the competition, which suggests competitive wins and losses are not analysed. For the last quarter, record which competitor was in each deal and whether you won. Your win rate against each rival will show where differentiation works and where it fails.",
      agree:
        "Your sellers generally set you apart from competitors, which protects win rate and price. Keep your picture of each competitor up to date, since they change their offers and messages too. Check it against real buyer feedback after important wins and losses.",
      "strongly-agree":
        "Standing out against competitors is a strength of your sellers. That rests on knowing the value you bring, knowing the rivals and positioning well, so keep all three fresh. Make sure it also rests on a clear grasp of each customer's problem, because differentiation that ignores the problem does not persuade.",
    },
    variants: [
      {
        answers: ["not-sure"],
        when: "reviews-most-deals",
        text: "You are not sure whether your sellers set you apart from the competition, although you work out why you won or lost most of your own deals. Add one question to every review, yours and the team's: which competitor was in the deal, and why the buyer chose as they did. After a quarter, your win rate against each rival shows where you stand out and where you do not.",
      },
    ],
    actions: {
      keep: "Keep competitive briefs current",
      change: "Track your win rate against each rival",
      stop: "Stop competing without knowing your rivals",
    },
  },
  {
    questionId: "c.differentiation.articulate-value",
    byAnswer: {
      "strongly-disagree":
        "Your sellers cannot explain your value in terms of the customer's own results, so they describe features and leave the buyer to do the sums. That caps deal size and invites discounts. Ask your leadership a simple test question: if your company disappeared, what would customers miss most? Turn the answer into three outcome statements every seller can back with a customer example.",
      disagree:
        "Your sellers talk about value in terms of features more than the customer's results. Buyers and executives decide on outcomes such as revenue, cost and risk. Build a short value story for each main customer type, with figures from real customers, and make it part of every proposal.",
      "not-sure":
        "You are not sure whether your sellers explain your value in the customer's business terms. Listen to a few sales presentations or read recent proposals: count how often they mention the customer's revenue, cost or risk compared with your features. The balance will tell you what to coach.",
      agree:
        "Your sellers generally explain your value in terms of the customer's results, which supports price and deal size. {valueWinRateReading}. Sharpen it by quantifying value for each deal together with the buyer, so the figures are theirs rather than yours.",
      "strongly-agree":
        "Explaining value in the customer's business terms is a strength of your sellers, and fewer companies manage it than you might think. {valueWinRateReading}. Keep collecting proof from customers who achieved results, because evidence keeps the value story credible.",
    },
    actions: {
      keep: "Keep selling outcomes, not features",
      change: "Build value stories in customers' terms",
      stop: "Stop selling on features alone",
    },
  },
  {
    questionId: "c.differentiation.price-discipline",
    byAnswer: {
      "strongly-disagree":
        "Your company wins deals only by giving large discounts, which means buyers do not see enough value to pay full price. {averageDealReading}. Require a written reason and a manager's approval for any discount above a set level, and trade every concession for something in return, such as a longer term or a reference.",
      disagree:
        "Discounting is more common in your deals than it should be, often at the end of a quarter when sellers feel the pressure. Track discount levels by seller and by period to see where it happens. Then coach the value conversation earlier in the deal, where price pressure is created.",
      "not-sure":
        "You are not sure how much you discount to win deals, so it is probably not measured. Compare the list price and the signed price of your last twenty wins. The average gap, and whether it grows at quarter end, tells you how much value your sellers are leaving on the table.",
      agree:
        "You mostly win without large discounts, which shows buyers see the value in what you sell. {averageDealReading}. Watch the end of each quarter, when discipline slips most easily, and keep trading any concession for something of value.",
      "strongly-agree":
        "Your company wins deals without giving away large discounts, a clear sign your value is understood. {averageDealReading}. Keep the approval rules that protect it, and make sure sellers know that holding price is valued as much as closing.",
    },
    actions: {
      keep: "Keep winning without deep discounts",
      change: "Measure discounts and trade each one",
      stop: "Stop discounting to close at quarter end",
    },
  },
];
