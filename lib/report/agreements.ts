// Answers that must agree (lib/report/narratives/agreement-pairs.ts): which pairs a participant's answers break, and
// which paragraph each question of a broken pair gets. A perception gap outranks a tension on its own question, so
// the tension then moves to the pair's other question; where both are held, the tension is not printed and neither
// question prints a paragraph that contradicts the other.
import type { Answers } from "@/lib/instrument";
import { AGREEMENT_PAIRS, pointerText, type AgreementPair, type AgreementSide } from "./narratives/agreement-pairs";
import type { Template } from "./narratives/types";

/** A paragraph naming two answers that disagree is keyed "agreement:<pair id>"; its pointer "agreement-see:<pair id>". */
export const TENSION_KEY_PREFIX = "agreement:";
export const POINTER_KEY_PREFIX = "agreement-see:";

export const isAnswerTension = (key: string) => key.startsWith(TENSION_KEY_PREFIX);

const given = (side: AgreementSide, answers: Answers) => {
  const answer = answers[side.question];
  return typeof answer === "string" && side.answers.includes(answer);
};

/** The documented pairs these answers break, in table order. */
export function disagreeingPairs(answers: Answers): AgreementPair[] {
  return AGREEMENT_PAIRS.filter((pair) => given(pair.first, answers) && given(pair.second, answers));
}

/** Whether the answer to this question disagrees with another answer (First actions keeps no such answer). */
export function inDisagreement(questionId: string, answers: Answers): boolean {
  return disagreeingPairs(answers).some((pair) => pair.first.question === questionId || pair.second.question === questionId);
}

const PAIRS_BY_ID = new Map(AGREEMENT_PAIRS.map((pair) => [pair.id, pair]));

/** The pair a tension paragraph's key names, if it is one. */
export const tensionPair = (key: string): AgreementPair | undefined =>
  isAnswerTension(key) ? PAIRS_BY_ID.get(key.slice(TENSION_KEY_PREFIX.length)) : undefined;

export type AgreementParagraph = { key: string; template: Template };

/**
 * The paragraph each question of a broken pair prints instead of its own: the pair's tension at the first question
 * that is free (in table order of the pairs), else a pointer to the tension printed above. `taken` says which
 * questions a paragraph that outranks a tension (a perception gap) already holds; those are left out of the plan.
 */
export function planAgreements(answers: Answers, taken: (questionId: string) => boolean): Map<string, AgreementParagraph> {
  const plan = new Map<string, AgreementParagraph>();
  const free = (questionId: string) => !plan.has(questionId) && !taken(questionId);
  const broken = disagreeingPairs(answers);
  for (const pair of broken) {
    const at = [pair.first.question, pair.second.question].find(free);
    if (at) plan.set(at, { key: `${TENSION_KEY_PREFIX}${pair.id}`, template: pair.text });
  }
  for (const pair of broken) {
    const tensionAtFirst = plan.get(pair.first.question)?.key === `${TENSION_KEY_PREFIX}${pair.id}`;
    if (tensionAtFirst && free(pair.second.question)) plan.set(pair.second.question, { key: `${POINTER_KEY_PREFIX}${pair.id}`, template: pointerText(pair) });
  }
  return plan;
}
