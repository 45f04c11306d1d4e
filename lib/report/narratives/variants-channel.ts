// Variants for companies that sell mainly through channel partners or resellers (condition `channel`): the advice
// moves from direct sellers to partners: partner enablement, deal registration, channel conflict and sight of the
// partners' pipeline. Merged into the narratives by profile-variants.ts.
import type { ProfileVariants } from "./types";

const LOW = ["strongly-disagree", "disagree"] as const;
const when = "channel" as const;

export const CHANNEL_VARIANTS: ProfileVariants = {
  bands: {
    overall: [
      {
        bands: ["Foundation Builder"],
        when,
        text: "{companySubject} sells mainly through partners and scores {score}, which places it among the Foundation Builders. {peerStanding}. A channel multiplies whatever practices the vendor has, weak ones included, so settle first how partner deals are registered, qualified and forecast. Then teach your partners to work that way; the gains from both steps are large.",
      },
      {
        bands: ["Emerging Performer"],
        when,
        text: "{companySubject} sells mainly through partners and scores {score}, an Emerging Performer. {peerStanding}. Good practices exist but reach your partners unevenly, so results depend on which partner works the deal. Making your best partners' habits the standard for the rest is the fastest way up.",
      },
      {
        bands: ["Solid Performer"],
        when,
        text: "{companySubject} sells mainly through partners and scores {score}, a Solid Performer. {peerStanding}. The foundations are sound; the gaps that remain usually sit where your team hands work to partners, in deal registration, shared forecasts and enablement. The sub-index with the most revenue potential shows where to look first.",
      },
      {
        bands: ["High Performer"],
        when,
        text: "{companySubject} sells mainly through partners and scores {score}, a High Performer. {peerStanding}. Your practices are strong across most of what drives velocity. The work now is to make them part of every partner's way of selling, so results do not rest on the few partners you know best.",
      },
      {
        bands: ["World Class"],
        when,
        text: "{companySubject} sells mainly through partners and scores {score}, which is World Class. {peerStanding}. In a channel business that standard has to live in your partners as much as in your own team. Keep renewing the enablement and programme rules that carry it to them, above all to partners who join.",
      },
    ],
    number: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Number Index is {score}, so there is real revenue to gain from more qualified opportunities, and in a channel business most of them start with a partner. Agree with marketing and your partners what counts as a qualified opportunity, and fund joint campaigns with the partners able to follow them up. A deal registration rule then shows you, week by week, how many opportunities partners are working.",
      },
      {
        bands: ["Moderate", "Minimal"],
        when,
        text: "Your Number Index is {score}: your partners bring you a steady flow of qualified opportunities. Watch how concentrated it is, because a channel pipeline that rests on two or three partners is exposed when one of them changes its priorities. Keep developing the next tier of partners while the current ones deliver.",
      },
    ],
    value: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Value Index is {score}, so there is significant revenue to gain from larger deals, and through partners value leaks in two places: partners discount to win, and they sell the basic product rather than the whole offering. Give partners value stories and proposal material they can use without you, and tie any extra discount to a registered deal. Learn from the partners who already sell your wider range.",
      },
      {
        bands: ["Moderate", "Minimal"],
        when,
        text: "Your Value Index is {score}: deal value holds up well even though partners do much of the selling. Keep the discount rules and value material that protect it, and check each quarter that newer partners sell at the same prices as established ones.",
      },
    ],
    winRate: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Win Rate Index is {score}, so there is significant revenue to gain by winning more of the qualified deals your partners work. Partner deals are often lost because the partner meets the decision maker late, or because two of your own partners compete for the same customer. Ask for deal registration early, support partners in person on the largest deals and settle channel conflict before it reaches the customer.",
      },
      {
        bands: ["Moderate", "Minimal"],
        when,
        text: "Your Win Rate Index is {score}: the deals your partners work are won well. Find out which partners win most and what they do differently, such as bringing you in early on large deals, and make that the standard your partner enablement teaches the others.",
      },
    ],
    salesCycle: [
      {
        bands: ["Major", "Significant"],
        when,
        text: "Your Sales Cycle Index is {score}, so there is significant revenue to gain by moving partner deals faster and forecasting them better. A deal that passes through a partner waits twice, for the buyer and for the partner, who may report its progress late or not at all. Agree stages and update rules with your partners, and make a current stage a condition of keeping a deal registered.",
      },
      {
        bands: ["Moderate", "Minimal"],
        when,
        text: "Your Sales Cycle Index is {score}: deals move well even with partners in the middle. Keep the stage and registration rules that give you that sight of partner deals, and review stalled ones together with the partner rather than around them.",
      },
    ],
  },
  questions: {
    "c.process.mapped-to-buyer": [
      {
        answers: LOW,
        when,
        text: "Selling through partners, your deals follow two sets of steps: how the end customer buys and how the partner works the deal with you. Your process does not clearly follow either today, so you cannot see where partner deals stall or when to step in. Write down the end customer's buying steps and mark for each what the partner does and when it needs you: registration, price approval, technical support.",
      },
    ],
    "c.process.followed-by-sellers": [
      {
        answers: LOW,
        when,
        text: "Your own sellers do not reliably work by the sales process, and with partners in the middle the gap widens: if your team skips stages, the partners' sellers will never learn them. Start with the stages that matter most to you as the vendor, such as registration and a confirmed decision date, and ask for their evidence in every partner deal review. Asking partners for that evidence also holds your own team to it.",
      },
    ],
    "c.velocity.qualification": [
      {
        answers: LOW,
        when,
        text: "Qualification is weaker than it should be in your team, and through partners it weakens further: a partner registers every lead it hears of, and your pipeline fills with deals nobody has tested. Agree with partners the few facts a deal needs before it can be registered, such as a named buyer, a budget and a date, and let registrations lapse when those facts never arrive. Your channel managers then spend their time on deals that can close.",
      },
    ],
    "c.velocity.enough-opportunities": [
      {
        answers: LOW,
        when,
        text: "You do not create enough qualified opportunities for your targets, and in a channel business the count depends on how many partners actively sell for you. Rank your partners by the opportunities they registered last year: most channels find a small group bringing almost everything and a long tail bringing little. Put recruitment and marketing support behind the partners who could join the first group, and agree an opportunity target with each of them.",
      },
    ],
    "c.velocity.major-accounts": [
      {
        answers: LOW,
        when,
        text: "In a channel business your largest accounts are of two kinds: the end customers behind your biggest deals and the partners that bring most of your revenue, and both give less than they could today. Start with your two or three biggest partners. Write a joint business plan with each, naming the customers you will pursue together and the support each side brings.",
      },
      {
        answers: ["not-sure"],
        when,
        text: "You are unsure whether you get the full potential from your largest accounts, and through partners it is easy to lose sight of who the largest end customers are. Ask your biggest partners for the end customers behind last year's orders, and estimate for the top ten what they could spend with you. The gap shows where joint account plans with partners are worth the effort.",
      },
    ],
    "c.coaching.manager-coaching-time": [
      {
        answers: ["never", "under-25"],
        when,
        text: "Your managers spend little or no time coaching, and in a channel business coaching has two audiences: your own channel managers and the partners' sellers who meet the customers. Partner sellers learn your offering from whoever shows them a real deal. Give each channel manager a weekly slot to work a live opportunity with a partner seller, and count that partner enablement as part of the job.",
      },
      {
        answers: ["25-50"],
        when,
        text: "Your managers give between a quarter and a half of their time to coaching, a fair base with room to grow. In a channel business, check how that time splits between your own team and the partners' sellers who meet the customers. Move part of it into working live deals with partner sellers, starting with the partners furthest behind.",
      },
    ],
    "c.coaching.selling-basics": [
      {
        answers: LOW,
        when,
        text: "Questioning, listening and presenting are not where they should be in your team, and partners' sellers usually learn how to present your offering from yours. In a channel business coaching becomes partner enablement: short, practical sessions built on real customer situations, with a simple certification before a partner handles your larger deals. Fix your own team's basics first, because they are the ones who teach.",
      },
      {
        answers: ["not-sure"],
        when,
        text: "You are unsure how well sellers question, listen and present, and through partners you see even less of it. Join a few partner sales calls this month, with the partner's agreement, and note how your offering is explained. What you hear shows what your partner enablement should teach first.",
      },
    ],
    "c.social.prospecting": [
      {
        answers: LOW,
        when,
        text: "Your company makes little or no use of social media to reach buyers, and in a channel business your partners' own networks are a quick way to close that gap. Prepare short, useful posts and customer stories that partners can share under their own names, and track which partners use them. Buyers often trust a local partner's recommendation more than a vendor's announcement.",
      },
    ],
    "c.differentiation.vs-competition": [
      {
        answers: LOW,
        when,
        text: "Your sellers struggle to set you apart from competitors, and your partners may well sell those competitors too. A partner recommends the brand that is easiest to explain and most rewarding to sell. Give partners a short brief on where you beat each rival and why, and check after every lost partner deal whether the partner led with your offering at all.",
      },
    ],
    "c.differentiation.price-discipline": [
      {
        answers: LOW,
        when,
        text: "Deals are won with large discounts in your business, and through partners discounting has extra causes: partners give away margin to win, and two partners bidding for the same customer push each other down. Deal registration that protects the first partner's price removes much of that channel conflict. Then ask for a written reason for any extra discount a partner requests, and trade it for something in return, such as a longer term.",
      },
      {
        answers: ["not-sure"],
        when,
        text: "You are not sure how much you discount to win deals, and through partners there are two discounts to look at: the one you give the partner and the one the partner gives the customer. Compare list price, partner price and the customer's signed price for your last twenty wins. If the gap grows at quarter end or where two partners competed, channel conflict is costing you margin.",
      },
    ],
    "c.methodology.in-crm": [
      {
        answers: LOW,
        when,
        text: "Your methodology lives mostly outside your deal records, and in a channel business those records include what partners enter when they register a deal. Put the method's key questions into deal registration, so a partner answers them as it registers and your channel managers see the gaps. The same prompts then guide your own team's reviews of partner deals.",
      },
      {
        answers: ["not-sure"],
        when,
        text: "You are not sure whether your methodology is built into your deal records, and in a channel business those records include what partners enter when they register a deal. Open a recent partner registration and a live deal, and look for the method's questions in either. If they are missing from the registration, your partners' deals run without your method at all.",
      },
    ],
    "c.methodology.crm-age": [
      {
        answers: ["under-1-year", "1-2-years"],
        when,
        text: "Your CRM is still young, which makes this the right time to decide how partners' deals get into it. Build deal registration into it now, through a partner portal or a simple form your channel managers review, before each partner settles on its own way of reporting. A pipeline that includes partner deals is what makes a channel forecast possible.",
      },
      {
        answers: ["3-5-years", "over-5-years"],
        when,
        text: "Your CRM has been in place for years, long enough to be embedded in your own team. For a channel business the question is whether it reaches your partners: do they register deals and update stages in a portal linked to it, or do you hear about their deals by email and spreadsheet? Connecting deal registration to the CRM is usually what gives you sight of the partners' pipeline.",
      },
    ],
    "c.revenue.forecast-accuracy": [
      {
        answers: LOW,
        when,
        text: "Your forecast misses more often than it should, and in a channel business much of it rests on what partners tell you about their deals. Ask partners for the evidence you would ask of your own sellers, such as a confirmed decision date and a named buyer, and forecast registered deals only. Compare each partner's forecast with its results every quarter, so you learn whose numbers to trust.",
      },
    ],
    "c.revenue.forecast-process": [
      {
        answers: ["not-sure"],
        when,
        text: "You are not sure whether your forecast follows a defined process, and in a channel business part of it comes from partners who may each report in their own way. Ask your channel managers how a partner deal gets into the forecast and what evidence it needs. If the answers differ by partner or by manager, write one rule for all of them.",
      },
    ],
    "c.revenue.pipeline-accurate": [
      {
        answers: LOW,
        when,
        text: "Your pipeline does not give a true picture of the business to come, and with partners selling it often shows only the deals partners chose to report. Make deal registration the way a partner deal enters the pipeline, let a registration expire unless the partner updates its stage, and go through the largest partners' deals with them every month. That turns partner pipeline from hearsay into something you can plan on.",
      },
    ],
    "d.engagement.customer-meetings": [
      {
        answers: ["none", "1-2"],
        when,
        text: "You meet end customers rarely, if at all, in a typical week, which is common when partners do most of the selling, yet it leaves you judging deals on the partner's word. Join your partners on one or two customer meetings a week, starting with the larger deals, so you hear buyers' concerns first hand. Those meetings also show you how partners present your offering.",
      },
    ],
  },
};
