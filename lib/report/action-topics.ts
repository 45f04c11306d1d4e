// The topics of the first actions, as data: the five actions never share a topic, so two questions that ask about
// the same practice from different angles (a process defined and a process followed; major accounts and expanding
// existing accounts) can never fill two of the five slots. docs/methodology.md §8 prints this table.
import type { HardNumber } from "@/lib/scoring";

export interface ActionTopic {
  id: string;
  label: string;
  questions: readonly string[];
  /**
   * The hard numbers that test the practice (the pairs of the perception-gap table): a KEEP on one of these
   * questions is not kept when one of them is in the bottom quarter of the peers (the numbers contradict the
   * self-rating), see lib/report/actions.ts.
   */
  paired?: readonly HardNumber[];
}

export const ACTION_TOPICS: readonly ActionTopic[] = [
  { id: "strategy", label: "Sales and company strategy", questions: ["c.alignment.strategy-aligned", "c.alignment.leadership-seeks-input"] },
  { id: "marketing", label: "Sales and marketing", questions: ["c.alignment.sales-marketing"] },
  {
    id: "process",
    label: "Sales process",
    questions: ["c.process.mapped-to-buyer", "c.process.followed-by-sellers", "c.process.importance"],
    paired: ["cycleDays"],
  },
  { id: "other-teams", label: "Other teams' part in deals", questions: ["c.process.others-know-role"] },
  {
    id: "qualification",
    label: "Qualification",
    questions: ["c.velocity.qualification", "c.coaching.resources-to-qualified"],
    paired: ["unitWinRate"],
  },
  { id: "win-rate", label: "Why deals are lost", questions: ["c.velocity.close-ratio"], paired: ["unitWinRate"] },
  { id: "cycle", label: "Where deals stall", questions: ["c.velocity.cycle-length"], paired: ["cycleDays"] },
  { id: "opportunities", label: "Opportunity creation", questions: ["c.velocity.enough-opportunities"] },
  { id: "accounts", label: "Growing existing accounts", questions: ["c.velocity.major-accounts", "c.retention.expand-accounts"], paired: ["averageDeal"] },
  { id: "coaching", label: "Manager coaching", questions: ["c.coaching.manager-coaching-time"], paired: ["sellersAtQuota", "quotaAttainment"] },
  { id: "selling-skills", label: "Selling skills", questions: ["c.coaching.selling-basics", "c.coaching.advanced-skills-importance"] },
  { id: "decision-makers", label: "Reaching the people who decide", questions: ["c.differentiation.key-players"], paired: ["unitWinRate"] },
  { id: "social", label: "Social selling", questions: ["c.social.prospecting", "c.social.conversations"] },
  { id: "retention", label: "Keeping and renewing customers", questions: ["c.retention.retention-rate", "c.retention.renewal-rate"] },
  { id: "discovery", label: "The customer's business problem", questions: ["c.differentiation.uncover-problem"] },
  { id: "competition", label: "Standing out from competitors", questions: ["c.differentiation.vs-competition"] },
  { id: "value", label: "Value in the customer's terms", questions: ["c.differentiation.articulate-value"], paired: ["averageDeal", "valueWinRate"] },
  { id: "discounting", label: "Discounting", questions: ["c.differentiation.price-discipline"], paired: ["averageDeal"] },
  { id: "methodology", label: "Sales methodology", questions: ["c.methodology.adopted", "c.methodology.in-crm"] },
  { id: "crm", label: "CRM", questions: ["c.methodology.crm-age"] },
  {
    id: "forecasting",
    label: "Forecasting",
    questions: ["c.revenue.forecast-accuracy", "c.revenue.forecast-process", "c.revenue.forecasting-importance"],
  },
  { id: "pipeline", label: "Pipeline hygiene", questions: ["c.revenue.pipeline-accurate"] },
];

/**
 * A practice that others depend on. When its answer is one of `when` (the practice is absent), each question in
 * `covers` that is also a problem is folded into it: advice on the dependent practice cannot be followed before
 * the missing one exists, so one action covers both, carrying their combined weight and money at stake.
 */
export interface Prerequisite {
  question: string;
  when: readonly string[];
  covers: readonly string[];
  /** Printed on the action: why it covers the other questions. */
  note: string;
}

export const PREREQUISITES: readonly Prerequisite[] = [
  {
    question: "c.methodology.crm-age",
    when: ["no-crm"],
    covers: ["c.methodology.in-crm"],
    note: "Without a CRM there is nothing to build your sales methodology into yet, so this action covers that as well.",
  },
  {
    question: "c.methodology.adopted",
    when: ["strongly-disagree", "disagree"],
    covers: ["c.methodology.in-crm"],
    note: "Until a sales methodology is chosen there is nothing to build into the CRM, so this action covers that as well.",
  },
  {
    question: "c.coaching.manager-coaching-time",
    when: ["never"],
    covers: ["c.coaching.selling-basics", "c.coaching.advanced-skills-importance"],
    note: "Selling skills grow through coaching, and managers who never coach cannot build them, so this action covers your sellers' skills as well.",
  },
];

const topicByQuestion = new Map(ACTION_TOPICS.flatMap((topic) => topic.questions.map((id) => [id, topic] as const)));

/** The topic of a scored Part C question (action-topics.test.ts checks that every one has exactly one). */
export function topicOf(questionId: string): ActionTopic {
  const topic = topicByQuestion.get(questionId);
  if (!topic) throw new Error(`No action topic for question "${questionId}"`);
  return topic;
}

/** The topic and prerequisite tables of docs/methodology.md §8, generated so the document cannot drift from the data. */
export function actionTopicsTables(): Record<"action-topics" | "action-prerequisites", string> {
  const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(", ");
  const topics = ["| Topic | Questions | Numbers that can overrule a KEEP |", "| --- | --- | --- |"];
  for (const topic of ACTION_TOPICS) topics.push(`| ${topic.label} | ${code(topic.questions)} | ${code(topic.paired ?? [])} |`);
  const prerequisites = ["| Question | When answered | Covers |", "| --- | --- | --- |"];
  for (const rule of PREREQUISITES) prerequisites.push(`| \`${rule.question}\` | ${code(rule.when)} | ${code(rule.covers)} |`);
  return { "action-topics": topics.join("\n"), "action-prerequisites": prerequisites.join("\n") };
}
