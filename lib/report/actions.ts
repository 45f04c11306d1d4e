// First actions: the five key areas to focus on (three for a team of five or fewer), each marked KEEP, CHANGE or
// STOP, picked by rule from the company answers (Part C) and the participant's numbers against their peers. The rule
// (docs/methodology.md §8):
// - STOP: one of the two weakest answers (value ≤ 0.25) on a high-weight item (weight ≥ 3); CHANGE: "Not sure" or
//   any other answer below 0.75; KEEP: 0.75 or more, unless the number paired with its topic is in the peers'
//   bottom quarter: then the self-rating is unproven, the item is a CHANGE and counts with the value of "Not sure".
// - A missing prerequisite (no CRM, managers who never coach) takes in the questions that depend on it.
// - Problems are ranked by revenue at stake (lib/report/action-stakes.ts), strengths by the revenue their lever's
//   lead over the peer median is worth; then by weight × (1 − value) and weight × value. At most one action per
//   section and per topic; the weakest section always has one; at most four problems, then strengths, then more
//   problems if strengths run out. Problems are listed first.
import { questionImpact, type Answers, type ChoiceQuestion, type Instrument } from "@/lib/instrument";
import type { HardNumberComparison, ScoreResult } from "@/lib/scoring";
import { inDisagreement } from "./agreements";
import { splitStakes, type ItemStake, type LeverGap, type Shares } from "./action-stakes";
import { PREREQUISITES, topicOf, type ActionTopic, type Prerequisite } from "./action-topics";
import type { ActionKind } from "./document";

export const ACTION_COUNT = 5;
/** For five or fewer sellers: the leader does these personally, so the list stops at three. */
export const SMALL_TEAM_ACTION_COUNT = 3;
export const MAX_PROBLEMS = 4;
export const HIGH_WEIGHT = 3;
export const STOP_AT_OR_BELOW = 0.25;
export const KEEP_AT_OR_ABOVE = 0.75;
/** A strength the numbers contradict counts as unproven: the value of "Not sure". */
export const UNPROVEN_VALUE = 0.4;

export interface ActionPick {
  kind: ActionKind;
  question: ChoiceQuestion;
  /** The option code answered. */
  answer: string;
  section: { id: string; title: string };
  topic: ActionTopic;
  /** The prerequisite rule that folded other questions into this one, with the questions it took in. */
  prerequisite: { rule: Prerequisite; covered: ChoiceQuestion[] } | null;
  /** The peer comparison that turned a KEEP into a CHANGE. */
  contradictedBy: HardNumberComparison | null;
  /** Index-based priority: Σ weight × (1 − value) for problems, weight × value for strengths. */
  priority: number;
  /** On each lever: weight × (1 − value) for a problem, weight × value for a strength. */
  shares: Shares;
  /** A problem's revenue at stake, or the part of a lever's lead a strength carries. */
  stake: ItemStake | null;
  order: number;
}

export interface ActionInputs {
  answers: Answers;
  source: Instrument;
  sectionScores: ScoreResult["sectionScores"];
  gaps: readonly LeverGap[];
  hardNumbers: readonly HardNumberComparison[];
  /** How many actions to pick (ACTION_COUNT unless the team is very small). */
  count?: number;
}

export function classifyAnswer(score: number, optionCode: string, weight: number): ActionKind {
  if (optionCode !== "not-sure" && score >= KEEP_AT_OR_ABOVE) return "KEEP";
  if (optionCode !== "not-sure" && score <= STOP_AT_OR_BELOW && weight >= HIGH_WEIGHT) return "STOP";
  return "CHANGE";
}

function sharesOf(question: ChoiceQuestion, part: number): Shares {
  return Object.fromEntries(question.scoring.filter((entry) => entry.index !== "personal").map((entry) => [entry.index, entry.weight * part]));
}

const total = (shares: Shares) => Object.values(shares).reduce((sum, share) => sum + share, 0);

function candidate(question: ChoiceQuestion, section: ActionPick["section"], inputs: ActionInputs, order: number): ActionPick | null {
  const option = question.options.find((o) => o.value === inputs.answers[question.id]);
  if (!option || option.score === undefined) return null;
  const topic = topicOf(question.id);
  const weight = questionImpact(question);
  const rated = classifyAnswer(option.score, option.value, weight);
  const contradictedBy =
    rated === "KEEP" ? (inputs.hardNumbers.find((h) => topic.paired?.includes(h.metric) && h.quartile === "bottom") ?? null) : null;
  const kind = contradictedBy ? "CHANGE" : rated;
  const value = contradictedBy ? UNPROVEN_VALUE : option.score;
  const shares = sharesOf(question, kind === "KEEP" ? value : 1 - value);
  return { kind, question, answer: option.value, section, topic, prerequisite: null, contradictedBy, priority: total(shares), shares, stake: null, order };
}

/** Folds each question a missing prerequisite covers into the prerequisite's own action (see action-topics.ts). */
function applyPrerequisites(picks: ActionPick[]): ActionPick[] {
  const byId = new Map(picks.map((pick) => [pick.question.id, pick]));
  for (const rule of PREREQUISITES) {
    const lead = byId.get(rule.question);
    if (!lead || lead.kind === "KEEP" || !rule.when.includes(lead.answer)) continue;
    const covered = rule.covers.flatMap((id) => byId.get(id) ?? []);
    // An earlier rule may already have folded these questions in (no CRM and no methodology both cover in-crm).
    if (covered.length === 0) continue;
    const shares: Shares = { ...lead.shares };
    for (const pick of covered) {
      byId.delete(pick.question.id);
      if (pick.kind === "KEEP") continue;
      for (const [lever, share] of Object.entries(pick.shares) as [keyof Shares, number][]) shares[lever] = (shares[lever] ?? 0) + share;
    }
    const weight = [lead.question, ...covered.map((pick) => pick.question)].reduce((sum, q) => sum + questionImpact(q), 0);
    const value = lead.question.options.find((o) => o.value === lead.answer)!.score!;
    byId.set(rule.question, {
      ...lead,
      kind: classifyAnswer(value, lead.answer, weight),
      prerequisite: { rule, covered: covered.map((pick) => pick.question) },
      shares,
      priority: total(shares),
    });
  }
  return [...byId.values()];
}

const money = (pick: ActionPick) => pick.stake?.amount ?? 0;
const byStake = (a: ActionPick, b: ActionPick) => money(b) - money(a) || b.priority - a.priority || a.order - b.order;

function withStakes(picks: ActionPick[], gaps: readonly LeverGap[], side: "shortfall" | "lead"): ActionPick[] {
  const stakes = splitStakes(gaps, picks.map((pick) => pick.shares), side);
  return picks.map((pick, i) => ({ ...pick, stake: stakes[i]! })).sort(byStake);
}

/** The Part C sections with the lowest score (several when tied). */
function weakestSections(sectionScores: ActionInputs["sectionScores"]): Set<string> {
  const scored = sectionScores.filter((s) => s.part === "C" && s.score !== null);
  const lowest = Math.min(...scored.map((s) => s.score!));
  return new Set(scored.filter((s) => s.score === lowest).map((s) => s.sectionId));
}

export function pickActions(inputs: ActionInputs): ActionPick[] {
  const all = applyPrerequisites(
    inputs.source.sections
      .filter((s) => s.part === "C")
      .flatMap((section) => section.questions.map((question) => ({ question, section: { id: section.id, title: section.title } })))
      .flatMap(({ question, section }, order) =>
        question.kind === "choice" && question.scoring.length > 0 ? (candidate(question, section, inputs, order) ?? []) : [],
      ),
  );
  const problems = withStakes(all.filter((p) => p.kind !== "KEEP"), inputs.gaps, "shortfall");
  // An answer another answer contradicts (agreements.ts) is no strength to keep.
  const strengths = withStakes(all.filter((p) => p.kind === "KEEP" && !inDisagreement(p.question.id, inputs.answers)), inputs.gaps, "lead");

  const chosen: ActionPick[] = [];
  const add = (list: readonly ActionPick[], room: () => boolean) => {
    for (const pick of list) {
      const clash = chosen.some((c) => c.section.id === pick.section.id || c.topic.id === pick.topic.id);
      if (room() && !clash) chosen.push(pick);
    }
  };
  const count = inputs.count ?? ACTION_COUNT;
  const maxProblems = Math.min(MAX_PROBLEMS, count - 1);
  const weakest = weakestSections(inputs.sectionScores);
  add([...problems, ...strengths].filter((pick) => weakest.has(pick.section.id)).slice(0, 1), () => true);
  add(problems, () => chosen.length < count && chosen.filter((c) => c.kind !== "KEEP").length < maxProblems);
  add(strengths, () => chosen.length < count);
  add(problems, () => chosen.length < count);
  return [...problems, ...strengths].filter((pick) => chosen.includes(pick));
}
