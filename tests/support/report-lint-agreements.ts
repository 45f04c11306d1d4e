// Report lint, answers that must agree (docs/methodology.md §10): for every documented pair the answers break,
// neither question prints the paragraph written for its answer alone (nor a variant of it), the pair's tension is
// printed at most once, a pointer only refers to a tension printed above it, and neither answer is kept (KEEP) in
// First actions. And no hedge prints that the answers or figures already settle. Worked out here again from the answers, not asked of the report code.
import type { Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import { AGREEMENT_PAIRS } from "@/lib/report/narratives/agreement-pairs";
import { PROFILE_CONDITIONS } from "@/lib/report/narratives/profile-conditions";

/** A hedge and the answers (question → answers) or the figure fact under which the report already knows the answer. */
export type KnownHedge = { phrase: string; known: { question: string; answers: readonly string[] } | "win-rates-known" | "value-below-unit" };

const answered = (question: string, ...answers: string[]) => ({ question, answers });
const PROCESS = "c.process.mapped-to-buyer";
const INDUSTRY = PROFILE_CONDITIONS["recurring-revenue"].question;

export const KNOWN_HEDGES: readonly KnownHedge[] = [
  {
    phrase: "either because you have little recurring business",
    known: answered(INDUSTRY, ...PROFILE_CONDITIONS["recurring-revenue"].answers, ...PROFILE_CONDITIONS["project-revenue"].answers),
  },
  { phrase: "Provided the process follows how your customers buy", known: answered(PROCESS, "strongly-disagree", "disagree", "agree", "strongly-agree") },
  { phrase: "your buyer-mapped sales process", known: answered(PROCESS, "strongly-disagree", "disagree") },
  { phrase: "You never follow a sales process on your deals, so", known: answered(PROCESS, "strongly-disagree", "agree", "strongly-agree") },
  { phrase: "The difference between important and essential is whether", known: answered(PROCESS, "strongly-disagree") },
  { phrase: "that commitment is what sustains one", known: answered(PROCESS, "strongly-disagree") },
  { phrase: "Keep that commitment visible by investing in the process", known: answered(PROCESS, "strongly-disagree") },
  { phrase: "invest in the process and tools that support it", known: answered("c.revenue.forecast-process", "strongly-disagree") },
  { phrase: "Keep investing in the skills and the process behind it", known: answered("c.revenue.forecast-process", "strongly-disagree") },
  {
    phrase: "which suggests managers seldom see them with customers",
    known: answered("c.coaching.manager-coaching-time", "never", "under-25", "25-50", "50-75", "over-75"),
  },
  { phrase: "which suggests competitive wins and losses are not analysed", known: answered("d.engagement.win-loss-review", "50-75", "over-75") },
  { phrase: "Use your company's method, or one you learned", known: answered("c.methodology.adopted", "strongly-disagree", "agree", "strongly-agree") },
  { phrase: "Build it into your tools too", known: answered("c.methodology.in-crm", "agree", "strongly-agree") },
  { phrase: "Review whether yours does", known: answered("c.methodology.in-crm", "agree", "strongly-agree") },
  { phrase: "Your company has not chosen a sales methodology yet, so there is nothing to build", known: answered("c.methodology.in-crm", "agree", "strongly-agree") },
  { phrase: "Start small: define the stages of your most common deal type", known: answered(PROCESS, "agree", "strongly-agree") },
  { phrase: "Even a simple, honest forecast is better than none", known: answered("c.revenue.forecast-process", "agree", "strongly-agree") },
  { phrase: "sharing how they won access in specific deals", known: answered("c.differentiation.key-players", "strongly-disagree", "disagree") },
  { phrase: "hardest. Ask satisfied customers for referrals", known: answered("d.engagement.ask-referrals", "50-75", "over-75") },
  { phrase: "which usually means it is not written down in a form sellers use", known: answered("d.engagement.follow-process", "mostly", "always") },
  { phrase: "which usually means that if one exists, it is not visible in daily work", known: answered("d.systems.methodology-use", "mostly", "always") },
  { phrase: "a lower rate by value would mean", known: "win-rates-known" },
  { phrase: "Find out whether losses cluster in a segment, a competitor or a deal size", known: "value-below-unit" },
];

function hedgeKnown(hedge: KnownHedge, doc: ReportDocument, answers: Answers): boolean {
  const { unit, value } = doc.executive.sales.winRates;
  if (hedge.known === "win-rates-known") return unit !== null && value !== null;
  if (hedge.known === "value-below-unit") return unit !== null && value !== null && unit - value >= 0.05;
  const answer = answers[hedge.known.question];
  return typeof answer === "string" && hedge.known.answers.includes(answer);
}

const isReplacement = (key: string) => key.startsWith("gap:") || key.startsWith("agreement:") || key.startsWith("agreement-see:");

export function answerDisagreements(doc: ReportDocument, answers: Answers): string[] {
  const paragraphs = [...doc.detailed, ...doc.personal.sections].flatMap((section) => section.paragraphs);
  const keyOf = new Map(paragraphs.map((p) => [p.questionId, p.key]));
  const order = paragraphs.map((p) => p.questionId);
  const keys = paragraphs.map((p) => p.key);
  const problems: string[] = [];
  const given = (side: { question: string; answers: readonly string[] }) => side.answers.includes(answers[side.question] as string);
  for (const pair of AGREEMENT_PAIRS.filter((p) => given(p.first) && given(p.second))) {
    const sides = [pair.first.question, pair.second.question];
    for (const question of sides) {
      const key = keyOf.get(question);
      if (key !== undefined && !isReplacement(key)) problems.push(`${pair.id}: ${question} prints its own paragraph (${key}) beside the answer it contradicts`);
    }
    const tension = `agreement:${pair.id}`;
    const printed = keys.filter((key) => key === tension).length;
    if (printed > 1) problems.push(`${pair.id}: tension printed ${printed} times`);
    if (printed === 0 && sides.some((question) => !/^(gap|agreement):/.test(keyOf.get(question) ?? "gap:")))
      problems.push(`${pair.id}: tension left out although one of its questions is free`);
  }
  const inBrokenPair = new Set(AGREEMENT_PAIRS.filter((p) => given(p.first) && given(p.second)).flatMap((p) => [p.first.question, p.second.question]));
  for (const action of doc.executive.actions)
    if (action.kind === "KEEP" && inBrokenPair.has(action.questionId)) problems.push(`KEEP on ${action.questionId}, which another answer contradicts`);
  for (const [question, key] of keyOf) {
    if (!key.startsWith("agreement-see:")) continue;
    const id = key.slice("agreement-see:".length);
    const pair = AGREEMENT_PAIRS.find((p) => p.id === id);
    const above = pair && keyOf.get(pair.first.question) === `agreement:${id}` && order.indexOf(pair.first.question) < order.indexOf(question);
    if (!above) problems.push(`${question}: pointer to ${id}, whose tension is not printed above it`);
  }
  for (const hedge of KNOWN_HEDGES) {
    if (!hedgeKnown(hedge, doc, answers)) continue;
    for (const p of paragraphs) if (p.text.includes(hedge.phrase)) problems.push(`${p.key} hedges "${hedge.phrase}" although the answer is known`);
  }
  return problems;
}
