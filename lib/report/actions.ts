// First actions: the five key areas to focus on, each marked KEEP, CHANGE or STOP, picked by
// rule from the company answers (Part C). The rule is documented in docs/methodology.md:
// - STOP: one of the two weakest answers (score ≤ 0.25) on a high-weight item (weight ≥ 3);
// - CHANGE: "Not sure", or any other answer below 0.75;
// - KEEP: an answer scoring 0.75 or more.
// Priority = weight × (1 − score) for STOP/CHANGE (the revenue at stake) and weight × score for
// KEEP. At most four problems, then strengths fill the list to five (problems fill in when
// strengths run out). Problems are listed first, each group most impactful first; ties keep
// survey order.
import { questionImpact, type Answers, type ChoiceQuestion, type Instrument } from "@/lib/instrument";
import type { ActionKind } from "./document";

export const ACTION_COUNT = 5;
export const MAX_PROBLEMS = 4;
export const HIGH_WEIGHT = 3;
export const STOP_AT_OR_BELOW = 0.25;
export const KEEP_AT_OR_ABOVE = 0.75;

export type ActionPick = { kind: ActionKind; question: ChoiceQuestion; sectionTitle: string; answer: string; priority: number; order: number };

export function classifyAnswer(score: number, optionCode: string, weight: number): ActionKind {
  if (optionCode !== "not-sure" && score >= KEEP_AT_OR_ABOVE) return "KEEP";
  if (optionCode !== "not-sure" && score <= STOP_AT_OR_BELOW && weight >= HIGH_WEIGHT) return "STOP";
  return "CHANGE";
}

function candidates(answers: Answers, source: Instrument): ActionPick[] {
  const picks: ActionPick[] = [];
  for (const section of source.sections.filter((s) => s.part === "C")) {
    for (const question of section.questions) {
      if (question.kind !== "choice" || question.scoring.length === 0) continue;
      const option = question.options.find((o) => o.value === answers[question.id]);
      if (!option || option.score === undefined) continue;
      const weight = questionImpact(question);
      const kind = classifyAnswer(option.score, option.value, weight);
      const priority = kind === "KEEP" ? weight * option.score : weight * (1 - option.score);
      picks.push({ kind, question, sectionTitle: section.title, answer: option.value, priority, order: picks.length });
    }
  }
  return picks;
}

const byPriority = (a: ActionPick, b: ActionPick) => b.priority - a.priority || a.order - b.order;

export function pickActions(answers: Answers, source: Instrument): ActionPick[] {
  const all = candidates(answers, source);
  const problems = all.filter((p) => p.kind !== "KEEP").sort(byPriority);
  const strengths = all.filter((p) => p.kind === "KEEP").sort(byPriority);
  const chosen = problems.slice(0, MAX_PROBLEMS);
  chosen.push(...strengths.slice(0, ACTION_COUNT - chosen.length));
  chosen.push(...problems.slice(MAX_PROBLEMS, MAX_PROBLEMS + ACTION_COUNT - chosen.length));
  return [...chosen.filter((p) => p.kind !== "KEEP").sort(byPriority), ...chosen.filter((p) => p.kind === "KEEP").sort(byPriority)];
}
