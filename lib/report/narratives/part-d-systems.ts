// Part D narratives for Leveraging infrastructure and systems, addressed to the individual seller.
import type { QuestionNarrative } from "./types";

export const SYSTEMS_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "d.systems.crm-relationship",
    byAnswer: {
      "not-used":
        "You do not use a CRM, so your deals, contacts and history live in your head, inbox or spreadsheets. That makes it hard to spot stalled deals and impossible for anyone to help you. Start with a simple list of your top ten deals, their stages and next steps, and keep it current every week.",
      obligation:
        "You update the CRM only because you have to, which makes it a chore rather than a tool. Look for the one thing it could do for you, such as reminding you of next steps or showing which deals have gone quiet. Used for your own benefit, the updates stop feeling like reporting.",
      "sometimes-useful":
        "The CRM helps you with parts of your work. Find the parts you still keep elsewhere and try moving one into the CRM, such as meeting notes or next steps. The more complete your record, the more useful the system becomes.",
      "runs-my-business":
        "You rely on the CRM to run your territory and deals, which gives you a clear view of your business at any moment. Keep the data current, because the value depends on it. Show colleagues how you use it; your habits may help them more than any training.",
    },
    actions: {
      keep: "Keep running your deals from the CRM",
      change: "Make the CRM work for you",
      stop: "Stop keeping deals outside the CRM",
    },
    variants: [
      {
        answers: ["not-used"],
        when: "has-crm",
        text: "You do not use the CRM your company has, so your deals, contacts and history live in your head, inbox or spreadsheets. That makes it hard to spot stalled deals and impossible for anyone to help you. Start by keeping your top ten deals current in it, with stages and next steps.",
      },
      {
        answers: ["not-used"],
        when: "no-crm",
        text: "Your company has no CRM, so your deals, contacts and history live in your head, inbox or spreadsheets. That makes it hard to spot stalled deals and impossible for anyone to help you. Keep a simple list of your top ten deals with their stages and next steps, and update it every week.",
      },
    ],
  },
  {
    questionId: "d.systems.methodology-use",
    byAnswer: {
      never:
        "You never apply a sales methodology to your deals, so each one is planned from scratch, or not planned at all. Consistent use of a good methodology goes hand in hand with better results. Use your company's method, or one you learned, on your next important deal and compare how it goes.",
      sometimes:
        "You apply a sales methodology only some of the time, often on the deals that already look difficult. Using it on every significant deal is what makes it pay. Pick the two or three parts of the method that help you most and make them routine.",
      mostly:
        "You apply a sales methodology on most of your deals. Moving to every deal, including the ones that look easy, closes the gaps where surprises come from. Review your losses to see whether the method was skipped on any of them.",
      always:
        "You apply a sales methodology on every deal, a habit closely linked to strong results. Keep it fresh by revisiting the method now and then and adapting it to how your buyers behave today. Share how you use it with colleagues.",
    },
    variants: [
      {
        answers: ["never"],
        when: "no-methodology",
        text: "You never apply a sales methodology to your deals, and your company has not chosen one, so each deal is planned from scratch or not at all. Consistent use of a good methodology goes hand in hand with better results. Take one you have learned, or a well-known one, and use it on your next important deal.",
      },
    ],
    actions: {
      keep: "Keep applying your methodology on every deal",
      change: "Apply your sales methodology consistently",
      stop: "Stop working deals without a method",
    },
  },
  {
    questionId: "d.systems.linkedin",
    byAnswer: {
      never:
        "You never use LinkedIn to research buyers or build your network, which leaves you with less insight than competitors who do. Before your next meeting, look up everyone attending and their company. Connect with them afterwards with a short, relevant note.",
      sometimes:
        "You use LinkedIn now and then. Making it part of your routine, before and after every meeting, gives you better preparation and a wider network at little cost. Follow your key accounts so you notice changes in their people and priorities.",
      mostly:
        "You use LinkedIn most of the time to research buyers and grow your network. Go one step further by sharing useful content for your buyers now and then, so they know you before they need you. Use it to find mutual connections who can introduce you to decision makers.",
      always:
        "You use LinkedIn consistently to research buyers and build your network. Keep it focused on relationships with the people in your deals and accounts rather than on the number of connections. Use your network to ask for introductions to the decision makers you have not yet met.",
    },
    actions: {
      keep: "Keep researching buyers on LinkedIn",
      change: "Research every meeting's attendees on LinkedIn",
      stop: "Stop meeting buyers without researching them",
    },
  },
  {
    questionId: "d.systems.other-social",
    byAnswer: {
      never:
        "You do not follow your market on other social channels, so you miss early signals about customers, competitors and trends. Pick one channel where your industry is active and spend ten minutes there a few times a week. Listening alone is valuable.",
      sometimes:
        "You follow your market on other social channels now and then. Because news there goes stale quickly, short, frequent visits work better than occasional long ones. Follow a handful of customers, analysts and competitors so your feed stays relevant.",
      mostly:
        "You follow your market on social channels most of the time, which keeps you current. Turn what you see into action: mention a relevant item in your next customer conversation. Note competitor moves and share them with your team.",
      always:
        "You follow your market closely on social channels, which keeps you ahead of changes your customers care about. Make sure it stays focused and does not eat into selling time. Share the most useful finds with colleagues and customers.",
    },
    actions: {
      keep: "Keep following your market online",
      change: "Follow your market on one social channel",
      stop: "Stop missing market signals online",
    },
  },
];
