// Part C narratives for Coaching and getting the basics right, and for Social media, addressed to the sales leader.
import type { QuestionNarrative } from "./types";

export const COACHING_SOCIAL_NARRATIVES: readonly QuestionNarrative[] = [
  {
    questionId: "c.coaching.manager-coaching-time",
    byAnswer: {
      never:
        "Your first-line managers do not coach at all, so sellers learn only from their own wins and losses. {sellersAtQuotaReading}. Coaching is among the most reliable ways to lift win rates, and it costs no new hires. Take one report or meeting off each manager's week and replace it with an hour on a live deal with each seller.",
      "under-25":
        "Your first-line managers spend less than a quarter of their time coaching, so most of their week goes to reporting and chasing deal details. {sellersAtQuotaReading}. Set a minimum of one coaching session per seller per week, on a live deal, and ask managers to log it.",
      "25-50":
        "Your managers give between a quarter and a half of their time to coaching, a fair base with clear room to grow. {sellersAtQuotaReading}. Find out which of their remaining tasks could be automated or dropped, and move that time into deal coaching with the sellers furthest from quota.",
      "50-75":
        "Your first-line managers spend most of their time coaching, which is where they add the most value. {sellersAtQuotaReading}. Make sure the coaching is on live deals and specific skills rather than pipeline inspection, and give managers training in how to coach.",
      "over-75":
        "Coaching takes up most of your first-line managers' time, and frequently coached teams outperform those that are not. {sellersAtQuotaReading}. Protect this time when the business grows or reporting demands rise, because coaching is the first thing to be squeezed.",
    },
    actions: {
      keep: "Keep managers coaching on live deals",
      change: "Move managers' time into deal coaching",
      stop: "Stop managers spending their week on reports",
    },
  },
  {
    questionId: "c.coaching.selling-basics",
    byAnswer: {
      "strongly-disagree":
        "Your sellers struggle with the basics of questioning, listening and presenting, and every other skill rests on these. The good news is that they respond quickly to practice. Run short, regular role-plays built on real customer situations and have managers join calls to give feedback the same day.",
      disagree:
        "Your sellers' everyday skills of questioning, listening and presenting are not where they should be. Weak questioning in particular leaves sellers pitching before they understand the buyer. Record a few discovery calls with permission, review them as a team and agree what a good first meeting sounds like.",
      "not-sure":
        "You are unsure how well your sellers question, listen and present, which suggests managers seldom see them with customers. Have each manager join at least two customer meetings per seller this month and rate the three skills against a simple checklist. That gives you a baseline and a coaching plan in one step.",
      agree:
        "Your sellers question, listen and present well, which gives every customer conversation a sound footing. These skills slip quietly when people get busy or confident. Keep them sharp with occasional call reviews, and watch that sellers ask more than they tell.",
      "strongly-agree":
        "Your team is strong at the basics of questioning, listening and presenting. That frees coaching time for the harder skills, such as reaching executives and building a business case. Use your best practitioners to teach new hires, so the standard holds as the team grows.",
    },
    variants: [
      {
        answers: ["not-sure"],
        when: "little-coaching",
        hedge: true,
        text: "You are unsure how well your sellers question, listen and present, which fits what you say about coaching: managers who coach little seldom see their sellers with customers. Have each manager join at least two customer meetings per seller this month and rate the three skills against a simple checklist. That gives you a baseline and the first agenda for regular coaching.",
      },
      {
        answers: ["not-sure"],
        when: "some-coaching",
        hedge: true,
        text: "You are unsure how well your sellers question, listen and present, although your managers give a quarter to half of their time to coaching, so that coaching probably happens away from customer conversations. Have each manager join at least two customer meetings per seller this month and rate the three skills against a simple checklist. Point the coaching hours you already have at the weakest of the three.",
      },
    ],
    actions: {
      keep: "Keep practising questioning and listening",
      change: "Coach the basics on real calls",
      stop: "Stop pitching before asking good questions",
    },
  },
  {
    questionId: "c.coaching.resources-to-qualified",
    byAnswer: {
      "strongly-disagree":
        "Specialists and other resources in your company do not go to the deals most worth winning, so scarce experts are spent on long shots. Set a simple rule: pre-sales, solution experts and executives join only deals that meet your qualification standard. Review the allocation every week in the pipeline meeting.",
      disagree:
        "Your company's resources reach well-qualified deals less often than they should, usually because requests are served first come, first served. Rank requests by deal value and qualification and let the ranking decide. Track what share of specialist time goes to deals that go on to be won.",
      "not-sure":
        "You do not know whether specialists and other resources go to the deals most worth winning, so nobody is tracking it. For one month, record which deals each pre-sales or solution expert supports and how qualified those deals were. The result will show whether your best people are backing your best deals.",
      agree:
        "Your company mostly puts its specialists and other resources behind well-qualified deals, which raises win rates and protects scarce expertise. Keep the rule explicit, so it survives busy quarters and loud requests. Check each quarter how the supported deals turned out.",
      "strongly-agree":
        "Resources in your company go firmly to the opportunities most worth winning, so expertise is not wasted on deals that will not close. That discipline also frees investment for product, marketing and support. Share the results with the specialist teams, so they see their time paying off.",
    },
    actions: {
      keep: "Keep experts on your best deals",
      change: "Allocate specialists by deal qualification",
      stop: "Stop spending experts on long shots",
    },
  },
  {
    questionId: "c.coaching.advanced-skills-importance",
    byAnswer: {
      "not-important":
        "Your company gives little weight to sellers reaching executives and uncovering buyers' real needs. These are the skills whose absence most often leads to missed revenue, because deals then rest on lower-level contacts and features. Start by asking, in every deal review, who the senior decision maker is and what business problem they need solved.",
      "somewhat-important":
        "Reaching executives and uncovering real needs get only modest attention in your company. Without deliberate effort these skills stay rare, and deals drift into feature and price discussions. Choose one of the two skills, train it for a quarter and check progress in deal reviews.",
      important:
        "Your company sees executive access and needs discovery as important, which is a good foundation. The step up is to build them into how deals are reviewed: ask who the executive sponsor is and what business result they expect. Coach the sellers whose deals cannot answer those two questions.",
      "very-important":
        "Reaching executives and uncovering buyers' needs are very important to your company, and rightly so: they separate strong sellers from average ones. Make sure the commitment is backed by sustained training and coaching rather than one-off workshops. Measure it by how many deals have an engaged senior sponsor.",
      essential:
        "Your company treats executive access and needs discovery as essential, which puts the focus on the skills that most decide complex deals. Keep investing in them continuously, because they fade without practice. Use your strongest sellers as examples, sharing how they won access in specific deals.",
    },
    variants: [
      {
        answers: ["essential"],
        when: "no-decision-maker-access",
        text: "Your company treats executive access and needs discovery as essential, yet you also say your sellers seldom reach the people who decide. The intent is there; the skill is not yet. Pick the two largest open deals, plan with each seller how to reach the decision maker through a colleague or a referral, and review in a month what worked.",
      },
    ],
    actions: {
      keep: "Keep building executive access and discovery",
      change: "Train executive access and needs discovery",
      stop: "Stop selling only to low-level contacts",
    },
  },
  {
    questionId: "c.social.prospecting",
    byAnswer: {
      "strongly-disagree":
        "Your company does not use social media to find or start conversations with buyers, even though that is where many buyers now research and compare suppliers. Competitors who show up there will often be the ones called first. Start with professional networks: have each seller research every new prospect there and connect after each first meeting.",
      disagree:
        "Social media plays only a small part in how your company finds new buyers. You do not need every channel, only the ones your buyers use. Ask ten recent customers where they looked for information before they contacted you, and focus your effort there.",
      "not-sure":
        "You are not sure whether social media helps your company find buyers, which usually means its results are not tracked. Add the source of each new opportunity to your CRM, with social channels as options. After a quarter you will know whether the effort is worth raising or redirecting.",
      agree:
        "Your company uses social media to find and open conversations with buyers, which widens the top of your pipeline. {opportunitiesReading}. Record how many new opportunities start on social channels, and share what works across the team.",
      "strongly-agree":
        "Social prospecting is well established in your company, so you are present where buyers research before they ever speak to a seller. {opportunitiesReading}. Keep the approach helpful rather than promotional, because buyers quickly tune out sellers who only pitch.",
    },
    actions: {
      keep: "Keep prospecting where buyers research online",
      change: "Meet buyers where they research online",
      stop: "Stop ignoring where buyers research suppliers",
    },
    variants: [
      {
        answers: ["not-sure"],
        when: "no-crm",
        text: "You are not sure whether social media helps your company find buyers, which usually means its results are not tracked. Record the source of each new opportunity in your deal list, with social channels as options. After a quarter you will know whether the effort is worth raising or redirecting.",
      },
    ],
  },
  {
    questionId: "c.social.conversations",
    byAnswer: {
      "strongly-disagree":
        "Your people take no part in the online discussions your buyers follow, so those conversations go on without you. When a buyer then needs a supplier, the names they remember are the ones that helped. Pick one community or forum your buyers use and have two or three experts answer questions there every week.",
      disagree:
        "Your people rarely join the online conversations your buyers follow, and posting announcements is not the same as taking part. Encourage a few knowledgeable staff to share useful views and answer questions, and give them time to do it. Credibility built there turns into introductions later.",
      "not-sure":
        "You are not sure whether your people take part in the online discussions your buyers follow. Ask your sellers and subject experts which communities they are active in, and ask customers which ones they read. The overlap, or the lack of it, shows where to focus.",
      agree:
        "Your people take part in the online discussions your buyers follow, which builds credibility before a deal starts. Keep contributions useful and specific to buyers' problems. Recognise the people who do it well, so the habit spreads.",
      "strongly-agree":
        "Your company is an active voice in the conversations your buyers follow, which makes you a natural first call when a need arises. Keep it consistent, because presence fades quickly. Feed what you hear there back into marketing and product, as it is fresh insight into buyers' concerns.",
    },
    actions: {
      keep: "Keep joining conversations your buyers follow",
      change: "Have experts answer buyers' questions online",
      stop: "Stop only broadcasting announcements online",
    },
  },
];
