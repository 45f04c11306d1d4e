// Part C, first half: how the company organises for selling. Weights say which factor of the sales-velocity
// equation a practice moves most (value per deal, number of opportunities, win rate, cycle length); 3 marks
// the practices the original study found most decisive, 1 the supporting ones.
import { importance, scaled, section, statement } from "./build";

export const alignmentSection = section({
  id: "c.alignment",
  part: "C",
  title: "Strategic alignment",
  intro: "How well selling fits the direction of the company and the work of marketing.",
  questions: [
    statement(
      "c.alignment.strategy-aligned",
      "Our sales strategy and our company strategy point in the same direction.",
      "Think of what sellers are paid and pushed to sell versus where the company says it is heading.",
      { value: 1, winRate: 1 },
    ),
    statement(
      "c.alignment.sales-marketing",
      "Sales and marketing work together as one team.",
      "For example, they agree on the ideal customer and on what makes a lead worth a seller's time.",
      { number: 2, winRate: 1 },
    ),
    statement(
      "c.alignment.leadership-seeks-input",
      "Company leadership asks the sales organisation for input when it sets strategy.",
      "Sellers hear first-hand what customers value; this asks whether that reaches the top.",
      { value: 1 },
    ),
  ],
});

export const processSection = section({
  id: "c.process",
  part: "C",
  title: "Sales process",
  intro: "Whether there is a shared, buyer-centred way of moving a deal from first contact to signature.",
  questions: [
    statement(
      "c.process.mapped-to-buyer",
      "We have a clearly defined sales process that follows the way our customers buy.",
      "Each step should match a step the buyer takes, with evidence from the buyer that it is done.",
      { winRate: 2, salesCycle: 3 },
    ),
    statement(
      "c.process.followed-by-sellers",
      "Our sellers understand the sales process and use it on their deals.",
      "A process on paper that nobody works by does not count.",
      { winRate: 1, salesCycle: 2 },
    ),
    statement(
      "c.process.others-know-role",
      "People outside sales know the part they play in winning deals.",
      "Support, delivery, finance and product all touch the customer while a deal is in progress.",
      { salesCycle: 1 },
    ),
    importance(
      "c.process.importance",
      "How important is a well-defined sales process to your company?",
      "Answer for how your company treats it today, not how it should.",
      { salesCycle: 1 },
    ),
  ],
});

export const velocitySection = section({
  id: "c.velocity",
  part: "C",
  title: "Sales velocity",
  intro: "The four levers of revenue per day: how many deals, how big, how many you win and how fast.",
  questions: [
    statement(
      "c.velocity.qualification",
      "Our sellers qualify opportunities well and drop the ones we cannot win.",
      "Good qualification asks the hard questions early: budget, timing, decision makers, competition.",
      { winRate: 3, salesCycle: 1 },
    ),
    statement(
      "c.velocity.close-ratio",
      "We are satisfied with the share of qualified opportunities we win.",
      "Your win rate, however you measure it: by number of deals or by their value.",
      { winRate: 2 },
    ),
    statement(
      "c.velocity.cycle-length",
      "Our deals take about as long to close as they should.",
      "Compare with how long your buyers genuinely need, not with your own wishes.",
      { salesCycle: 2 },
    ),
    statement(
      "c.velocity.enough-opportunities",
      "We create enough qualified opportunities to reach our targets.",
      "Counting every source: marketing, sellers' own prospecting, partners and referrals.",
      { number: 3 },
    ),
    statement(
      "c.velocity.major-accounts",
      "We get the full potential out of our largest accounts.",
      "Large accounts usually hold more business than a single deal reveals.",
      { value: 2 },
    ),
  ],
});

export const coachingSection = section({
  id: "c.coaching",
  part: "C",
  title: "Coaching and getting the basics right",
  intro: "How sellers are developed by their managers and how well the fundamentals are in place.",
  questions: [
    scaled(
      "share-of-time",
      "c.coaching.manager-coaching-time",
      "What share of their time do first-line sales managers spend coaching their sellers?",
      "Coaching means working with a seller on skills or on a live deal, not checking reports.",
      { winRate: 2, number: 1 },
    ),
    statement(
      "c.coaching.selling-basics",
      "Our sellers question, listen and present well.",
      "The everyday skills of every good customer conversation.",
      { winRate: 1, value: 1 },
    ),
    statement(
      "c.coaching.resources-to-qualified",
      "Specialists and other company resources go to the opportunities most worth winning.",
      "For example pre-sales, solution experts or executives joining a well-qualified deal.",
      { winRate: 1, salesCycle: 1 },
    ),
    importance(
      "c.coaching.advanced-skills-importance",
      "How important is it to your company that sellers reach executives and uncover buyers' needs?",
      "These are the harder skills that separate strong sellers from average ones.",
      { winRate: 1 },
    ),
  ],
});

export const socialSection = section({
  id: "c.social",
  part: "C",
  title: "Social media",
  intro: "Whether the company shows up where buyers now research, talk and ask for recommendations.",
  questions: [
    statement(
      "c.social.prospecting",
      "We use social media to find and start conversations with potential buyers.",
      "Professional networks, communities, company blogs or video channels.",
      { number: 2 },
    ),
    statement(
      "c.social.conversations",
      "Our people take an active part in the online discussions our buyers follow.",
      "Sharing useful views and answering questions, not only posting announcements.",
      { number: 1 },
    ),
  ],
});
