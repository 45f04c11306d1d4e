// Answers that must agree: pairs of questions whose answers, given together, say opposite things about the same
// practice ("customers stay year after year" beside "the renewal rate is well below where it should be"). Where a
// participant's two answers fall in a pair's answer sets, the report prints the pair's one tension paragraph, which
// names the disagreement and says what to check first, instead of two paragraphs that contradict each other; the
// other question gets a short pointer to it. Engine in lib/report/agreements.ts, documented in docs/methodology.md
// §10 ("Answers that must agree").
//
// `first` is the question met first in reading order (Part C before Part D, in survey order); the tension is printed
// there unless a perception gap already holds that paragraph, then at the second question. `about` names what the
// first question is about, for the pointer at the second. Texts must not say "the CRM" or "your CRM": some pairs
// hold when the company has none.
import type { Template } from "./types";

export type AgreementSide = { question: string; answers: readonly string[] };
/** `headline`: one figure-free line for the executive summary's "Answers to check" list. */
export type AgreementPair = { id: string; first: AgreementSide; second: AgreementSide; about: string; headline: string; text: Template };

const WELL = ["agree", "strongly-agree"] as const;
const POORLY = ["strongly-disagree", "disagree"] as const;
const NONE = ["strongly-disagree"] as const;

export const AGREEMENT_PAIRS: readonly AgreementPair[] = [
  {
    id: "process-none-but-followed",
    first: { question: "c.process.mapped-to-buyer", answers: NONE },
    second: { question: "c.process.followed-by-sellers", answers: WELL },
    about: "a defined sales process",
    headline: "No defined sales process, yet sellers follow one: ask three sellers to name the stages of a deal.",
    text: "You say the company has no clearly defined sales process that follows how customers buy, yet also that your sellers understand the sales process and use it. What they use is then an unwritten process, or one built around your own steps rather than the buyer's. Check first by asking three sellers to describe the stages of a deal: if their answers match, write that process down and tie each stage to a step the buyer takes; if they differ, there is no shared process yet.",
  },
  {
    id: "process-defined-never-followed",
    first: { question: "c.process.mapped-to-buyer", answers: WELL },
    second: { question: "d.engagement.follow-process", answers: ["never"] },
    about: "your company's sales process",
    headline: "A defined sales process, yet you never follow it on your own deals: find the stages you skip and why.",
    text: "You say the company has a defined sales process that follows how customers buy, yet you never work your own deals by it. Either the process does not fit the deals you handle, or it lives on paper rather than in daily work, and sellers notice which steps the people around them skip. Check first which stages you pass over and why: change the ones that add nothing to your deals, and work your next three deals through the rest.",
  },
  {
    id: "process-none-but-you-follow",
    first: { question: "c.process.mapped-to-buyer", answers: NONE },
    second: { question: "d.engagement.follow-process", answers: ["sometimes", "mostly", "always"] },
    about: "a defined sales process",
    headline: "No company process, yet you follow one: write down the steps you actually take.",
    text: "You say the company has no clearly defined sales process, yet you follow your company's sales process on at least some of your deals. What you follow is then your own method, or an informal one that was never written down. Check first what those steps are and whether your colleagues take the same ones; if they work for you, they are the first draft of the process the company lacks.",
  },
  {
    id: "qualification-strong-wins-disappoint",
    first: { question: "c.velocity.qualification", answers: WELL },
    second: { question: "c.velocity.close-ratio", answers: NONE },
    about: "qualification",
    headline: "Strong qualification, yet too few qualified deals won: sort recent losses by cause.",
    text: "You rate your sellers' qualification as strong, yet you are clearly unhappy with the share of qualified deals they win. Good qualification should show in the win rate, so one of the two answers is off. Check first by sorting your last twenty losses into deals that should never have been pursued and deals where you were outsold: many of the first kind means qualification is weaker than it feels, many of the second points to how your sellers compete.",
  },
  {
    id: "qualification-weak-wins-satisfy",
    first: { question: "c.velocity.qualification", answers: NONE },
    second: { question: "c.velocity.close-ratio", answers: WELL },
    about: "qualification",
    headline: "Weak qualification, yet a satisfying win rate: look for open deals that have gone quiet.",
    text: "You say your sellers qualify poorly, yet you are satisfied with the share of qualified deals they win. If the win rate is truly good, weak qualification costs you selling time rather than wins: deals that were never going to close still take effort before they drop out. Check first how many open deals have had no buyer activity for longer than your usual cycle, because that is where the time goes.",
  },
  {
    id: "major-accounts-full-no-expansion",
    first: { question: "c.velocity.major-accounts", answers: WELL },
    second: { question: "c.retention.expand-accounts", answers: NONE },
    about: "your largest accounts",
    headline: "Largest accounts at full potential, yet little sold to existing customers: check what they bought after the first order.",
    text: "You say you get the full potential out of your largest accounts, yet also that you rarely sell more to customers you already have. Full potential in a large account usually means it keeps buying, so the first answer may rest on the size of the first deal rather than on what followed. Check first what your ten largest customers bought in the last two years after their first order, and whether anyone has asked what else they need.",
  },
  {
    id: "qualification-weak-pipeline-true",
    first: { question: "c.velocity.qualification", answers: POORLY },
    second: { question: "c.revenue.pipeline-accurate", answers: WELL },
    about: "qualification",
    headline: "Weak qualification, yet a pipeline you trust: check how many forecast deals were lost last quarter.",
    text: "You say your sellers do not qualify well, yet also that your pipeline gives a true picture of the business to come. A pipeline is only as true as the deals let into it, so either someone other than the sellers removes the weak ones or the picture is kinder than it looks. Check first how many of last quarter's forecast deals were lost, and how many of those should have been dropped before they reached the forecast.",
  },
  {
    id: "coaching-most-basics-unknown",
    first: { question: "c.coaching.manager-coaching-time", answers: ["50-75", "over-75"] },
    second: { question: "c.coaching.selling-basics", answers: ["not-sure"] },
    about: "how much your managers coach",
    headline: "Managers coach most of the time, yet basic selling skills are unknown: check what the sessions cover.",
    text: "Your first-line managers spend most of their time coaching, yet you cannot say how well your sellers question, listen and present. Coaching that leaves the basic skills unknown is usually spent on deal status rather than on how the seller runs a conversation. Check first what the last three sessions with each seller covered, and build at least one session in three on a customer call the manager heard.",
  },
  {
    id: "basics-good-problem-missed",
    first: { question: "c.coaching.selling-basics", answers: WELL },
    second: { question: "c.differentiation.uncover-problem", answers: POORLY },
    about: "your sellers' questioning and listening",
    headline: "Good questioning and listening, yet the business problem goes unfound: listen to recent first meetings.",
    text: "You rate your sellers' questioning, listening and presenting as good, yet say they do not uncover the business problem the customer needs to solve. Conversation skills that never reach the buyer's business usually mean the questions stay on the product and the request in hand. Check first by listening to three recent first meetings: count the questions about the customer's goals, costs and risks, and coach from what you hear.",
  },
  {
    id: "social-voice-without-prospecting",
    first: { question: "c.social.prospecting", answers: POORLY },
    second: { question: "c.social.conversations", answers: WELL },
    about: "social prospecting",
    headline: "Present in buyers' online discussions, yet no social prospecting: check who follows up on responses.",
    text: "Your company does not use social media to find buyers or start conversations with them, yet your people take part in the online discussions your buyers follow. The presence is there, but nothing turns it into pipeline. Check first who does the posting and whether anyone follows up with the buyers who respond: often the experts who post are not the sellers, and nobody passes the contacts on.",
  },
  {
    id: "social-none-but-linkedin",
    first: { question: "c.social.prospecting", answers: NONE },
    second: { question: "d.systems.linkedin", answers: ["mostly", "always"] },
    about: "social prospecting",
    headline: "No company use of social media, yet you use LinkedIn on most deals: count the deals it started.",
    text: "You say the company does not use social media to find buyers, yet you use LinkedIn on most or all of your deals to research buyers and grow your network. What you do is not yet what the company does. Check first how many of your own opportunities began with research or a contact there, and use that count to make the case to the rest of the team.",
  },
  {
    id: "retention-high-renewal-low",
    first: { question: "c.retention.retention-rate", answers: WELL },
    second: { question: "c.retention.renewal-rate", answers: POORLY },
    about: "how many customers stay",
    headline: "Customers stay, yet renewals fall short: check which contracts did not renew.",
    text: "You are satisfied with how many customers stay year after year, yet you say your renewal rate falls short of where it should be. Both hold only if the customers who stay are not the ones on contracts or subscriptions, or if renewals shrink in value while the count of customers holds. Check first which contracts failed to renew last year, and at what value, before you decide which of the two answers to act on.",
  },
  {
    id: "retention-low-renewal-high",
    first: { question: "c.retention.retention-rate", answers: POORLY },
    second: { question: "c.retention.renewal-rate", answers: WELL },
    about: "how many customers stay",
    headline: "Renewals hold, yet too many customers leave: check whether those who left had contracts.",
    text: "You say too many customers leave you, yet your renewal rate is where it should be. The customers who go are then likely those without a contract to renew, who can drift away without any date forcing a conversation. Check first whether last year's departures had contracts, because keeping customers who buy from time to time takes regular contact rather than renewal talks.",
  },
  {
    id: "value-without-problem",
    first: { question: "c.differentiation.uncover-problem", answers: POORLY },
    second: { question: "c.differentiation.articulate-value", answers: WELL },
    about: "finding the customer's business problem",
    headline: "Value told in the customer's results, yet their problem goes unfound: check recent proposals for specifics.",
    text: "Your sellers do not find the business problem the customer really needs to solve, yet you say they explain your value in terms of the customer's own results. A value story that does not start from the customer's problem is usually a general one, told the same way to every buyer. Check first whether your recent proposals name a result specific to that customer, in the customer's own figures; if they do not, start with discovery, because the value story depends on it.",
  },
  {
    id: "differentiated-yet-discounting",
    first: { question: "c.differentiation.vs-competition", answers: WELL },
    second: { question: "c.differentiation.price-discipline", answers: NONE },
    about: "how your sellers stand out against competitors",
    headline: "Sellers stand out, yet deals are won on large discounts: ask recent buyers what set you apart.",
    text: "You say your sellers set you apart from the competitors in a deal, yet your company wins only by giving large discounts. When buyers see a real difference, price stops being the deciding point, so the difference your sellers describe may not be the one buyers pay for. Check first what the buyers in your last ten competitive wins said made you different, and whether price came up before or after that.",
  },
  {
    id: "value-told-discounts-heavy",
    first: { question: "c.differentiation.articulate-value", answers: WELL },
    second: { question: "c.differentiation.price-discipline", answers: NONE },
    about: "how your sellers explain value",
    headline: "Value explained well, yet deals are won on large discounts: check who asked for each discount and when.",
    text: "You say your sellers explain your value in terms of the customer's own results, yet your company wins deals only by giving large discounts. Either the value story is not reaching the people who hold the budget, or discounts are offered before anyone asks for them. Check first, on your last ten discounted wins, who asked for the discount and at what stage of the deal.",
  },
  {
    id: "methodology-none-but-built-in",
    first: { question: "c.methodology.adopted", answers: NONE },
    second: { question: "c.methodology.in-crm", answers: WELL },
    about: "a sales methodology",
    headline: "No shared methodology, yet one is built into the deal system: check what the deal record asks.",
    text: "You say the company has no shared sales methodology, yet also that your methodology is built into the system where sellers work their deals. What that system holds is then probably a set of stage fields rather than a method sellers apply. Check first what the deal record asks at each stage; if the questions are sound, they are a good start for the method you choose, and if not, choose the method first and rebuild the record around it.",
  },
  {
    id: "methodology-applied-never-used",
    first: { question: "c.methodology.adopted", answers: WELL },
    second: { question: "d.systems.methodology-use", answers: ["never"] },
    about: "your company's sales methodology",
    headline: "A methodology the company applies, yet you never use it: find the part everyone skips.",
    text: "You say the company has chosen a sales methodology and its sellers apply it, yet you never apply one on your own deals. A method that someone who knows it well passes over is likely passed over elsewhere too, out of sight. Check first which part of it seems least useful on your deals, ask two sellers the same question, and fix or drop the part that all of you skip.",
  },
  {
    id: "methodology-built-in-without-crm",
    first: { question: "c.methodology.in-crm", answers: WELL },
    second: { question: "c.methodology.crm-age", answers: ["no-crm"] },
    about: "where your methodology lives",
    headline: "A methodology built into the deal system, yet no CRM: check where it lives and what it asks.",
    text: "You say your sales methodology is built into the system where sellers work their deals, yet also that the company has no CRM. The method then lives in a deal template, a spreadsheet or another tool that does part of a CRM's work. Check first that, wherever it lives, it asks each deal the method's key questions at every stage and shows which deals cannot answer them.",
  },
  {
    id: "crm-established-not-used",
    first: { question: "c.methodology.crm-age", answers: ["3-5-years", "over-5-years"] },
    second: { question: "d.systems.crm-relationship", answers: ["not-used"] },
    about: "how long the company has had its CRM",
    headline: "A CRM in place for years, yet you do not use one: check what it lacks for running your deals.",
    text: "The company has had its CRM for years, yet you do not use one in your own work. A system that has been in place that long without reaching you usually holds records for reporting rather than help for selling, and the team learns from you which of the two it is. Check first what you would need from it to run your own deals there, and whether your sellers are missing the same thing.",
  },
  {
    id: "crm-none-but-used",
    first: { question: "c.methodology.crm-age", answers: ["no-crm"] },
    second: { question: "d.systems.crm-relationship", answers: ["obligation", "sometimes-useful", "runs-my-business"] },
    about: "whether the company has a CRM",
    headline: "No company CRM, yet you use one: check whether the team could work in the same system.",
    text: "You say the company has no CRM, yet you describe how you use one in your own work. The system you use is then your own choice, a tool from another part of the business, or something the company does not count as a CRM. Check first whether the rest of the team could work in the same system: if it already holds your deals and their stages, it may be the quickest start for everyone.",
  },
  {
    id: "forecast-accurate-without-process",
    first: { question: "c.revenue.forecast-accuracy", answers: WELL },
    second: { question: "c.revenue.forecast-process", answers: NONE },
    about: "forecast accuracy",
    headline: "An accurate forecast without a defined process: write down the rules its makers use.",
    text: "You say deals you forecast close as forecast, yet the forecast is built without a defined process. Accuracy without a process usually rests on a few experienced people, and it leaves when they do. Check first who makes the calls behind the forecast and what they look for in a deal, and write that down as the rules of the process you do not have yet.",
  },
  {
    id: "forecast-process-but-misses",
    first: { question: "c.revenue.forecast-accuracy", answers: POORLY },
    second: { question: "c.revenue.forecast-process", answers: WELL },
    about: "forecast accuracy",
    headline: "A defined forecast process, yet deals slip: check what evidence put them in the forecast.",
    text: "Deals you forecast often fail to close on time or at the expected value, yet you say everyone builds the forecast by a defined process. A process that is followed and still misses is asking the wrong questions of a deal, most often about the seller's confidence rather than what the buyer has done. Check first what evidence put last period's slipped deals into the forecast, and tighten the entry rule of that category.",
  },
  {
    id: "forecast-misses-pipeline-true",
    first: { question: "c.revenue.forecast-accuracy", answers: NONE },
    second: { question: "c.revenue.pipeline-accurate", answers: WELL },
    about: "forecast accuracy",
    headline: "Forecast deals rarely close as forecast, yet the pipeline looks true: check what became of the misses.",
    text: "Deals you forecast rarely close as forecast, yet you say your pipeline gives a true picture of the business to come. If the pipeline is sound, the misses come from how deals are picked for the forecast or from close dates that slip. Check first whether the missed deals were later won, lost or are still open: late wins point to hopeful close dates, losses to deals forecast without evidence from the buyer.",
  },
];

/** The paragraph at the second question of a pair whose tension is printed at the first (above it). */
export function pointerText(pair: AgreementPair): Template {
  return `This answer and your answer on ${pair.about}, above, point different ways; the paragraph there weighs the two and says what to check first.`;
}
