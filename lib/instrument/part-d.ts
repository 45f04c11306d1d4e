// Part D: the participant's own selling practice. Every scored item feeds the personal index only; weight 2
// marks habits that most directly produce results (time with customers, reviewing outcomes, planning each deal).
import { choice, scaled, section, statement } from "./build";
import { SALES_CYCLE_STAGE_OPTIONS } from "./scales";

export const engagementSection = section({
  id: "d.engagement",
  part: "D",
  title: "Sales engagement",
  intro: "From here on, the questions are about you and how you sell, not about your company.",
  questions: [
    choice({
      id: "d.engagement.customer-meetings",
      label: "How many customer meetings do you have in a typical week?",
      help: "Count calls and video meetings with customers or prospects, not internal meetings.",
      options: [
        { value: "none", label: "None", score: 0 },
        { value: "1-2", label: "1 or 2", score: 0.3 },
        { value: "3-5", label: "3 to 5", score: 0.6 },
        { value: "6-10", label: "6 to 10", score: 0.85 },
        { value: "over-10", label: "More than 10", score: 1 },
      ],
      weights: { personal: 2 },
    }),
    scaled(
      "share-of-time",
      "d.engagement.win-loss-review",
      "For what share of your closed deals do you work out why you won or lost?",
      "A short, honest review of each outcome, ideally with the customer's view.",
      { personal: 2 },
    ),
    scaled(
      "frequency",
      "d.engagement.follow-process",
      "How often do you follow your company's sales process on your deals?",
      "If your company has no defined process, choose 'Never'.",
      { personal: 2 },
    ),
    scaled(
      "share-of-time",
      "d.engagement.ask-referrals",
      "After delivering value to a customer, how often do you ask for a referral?",
      "Satisfied customers can open doors to their peers that cold outreach rarely opens.",
      { personal: 1 },
    ),
    choice({
      id: "d.engagement.most-important-stage",
      label: "Which stage of the sales cycle matters most to the outcome of a deal?",
      help: "Pick the single stage where, in your experience, deals are really won.",
      options: SALES_CYCLE_STAGE_OPTIONS,
    }),
    choice({
      id: "d.engagement.most-difficult-stage",
      label: "Which stage of the sales cycle do you find hardest?",
      help: "Pick the single stage where you most often get stuck.",
      options: SALES_CYCLE_STAGE_OPTIONS,
    }),
  ],
});

export const perspectiveSection = section({
  id: "d.perspective",
  part: "D",
  title: "Personal perspective",
  intro: "How you approach customers, competitors and colleagues. Answer for what you do, not what you intend.",
  questions: [
    statement(
      "d.perspective.differentiate",
      "I can clearly show customers why my offering is better for them than the alternatives.",
      "Including the alternative of doing nothing.",
      { personal: 1 },
    ),
    statement(
      "d.perspective.competitive-strategy",
      "I work out a specific competitive strategy for each important deal.",
      "Who is involved, what they need and how you compare on what they will judge you by.",
      { personal: 2 },
    ),
    statement(
      "d.perspective.call-objectives",
      "Before every customer meeting I know exactly what I want it to achieve.",
      "A clear objective, and a fallback if the meeting does not go to plan.",
      { personal: 2 },
    ),
    statement(
      "d.perspective.negotiation",
      "My negotiation skills are well developed.",
      "Negotiation starts long before the final stage: with how you position the deal throughout.",
      { personal: 1 },
    ),
    statement(
      "d.perspective.financial-acumen",
      "I can read a customer's financial statements and talk about return on investment with executives.",
      "Income statement, balance sheet and annual report are the language of the people who sign.",
      { personal: 1 },
    ),
    statement(
      "d.perspective.peer-communication",
      "I regularly share what I learn with my colleagues and learn from theirs.",
      "What worked, what failed and what customers are saying.",
      { personal: 1 },
    ),
    statement(
      "d.perspective.candour",
      "I tell customers hard truths when that is what serves them best.",
      "For example, that a plan will not work or that your offering is not the right fit.",
      { personal: 1 },
    ),
  ],
});

export const systemsSection = section({
  id: "d.systems",
  part: "D",
  title: "Leveraging infrastructure and systems",
  intro: "How you use the tools around you: the CRM, your sales methodology and social channels.",
  questions: [
    choice({
      id: "d.systems.crm-relationship",
      label: "Which best describes how you use the CRM?",
      help: "If your company has no CRM, choose the first answer.",
      options: [
        { value: "not-used", label: "I do not use one", score: 0 },
        { value: "obligation", label: "I update it because I have to", score: 1 / 3 },
        { value: "sometimes-useful", label: "It helps me with some parts of my work", score: 2 / 3 },
        { value: "runs-my-business", label: "I rely on it to run my territory and deals", score: 1 },
      ],
      weights: { personal: 1 },
    }),
    scaled(
      "frequency",
      "d.systems.methodology-use",
      "How often do you apply a sales methodology when you work a deal?",
      "Your company's chosen method or one you learned yourself.",
      { personal: 2 },
    ),
    scaled(
      "frequency",
      "d.systems.linkedin",
      "How often do you use LinkedIn to research buyers or grow your network?",
      "Looking up the people in a deal, following their companies, connecting after meetings.",
      { personal: 1 },
    ),
    scaled(
      "frequency",
      "d.systems.other-social",
      "How often do you follow your market on other social channels?",
      "For example X, industry communities, blogs or video channels.",
      { personal: 1 },
    ),
  ],
});
