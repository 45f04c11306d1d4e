// Perception gaps (issue 16): per Part C section and per ordinal question, the leader's answer against the members'
// median, and the managers' median against the sellers' when each side has at least the minimum. Question answers are
// compared as their place on the question's scale (1 = the first, weakest option); sections as their 0–100 scores.
import { roundPercent } from "@/lib/scoring";
import type { ChoiceQuestion, Section } from "@/lib/instrument";
import { gapSentence } from "./gap-sentences";
import { medianOf } from "./spread";
import { gapQuestions, gapSections, optionPosition } from "./team-rules";

export const GAP_COMPARISONS = ["leader-members", "managers-sellers"] as const;
export type GapComparison = (typeof GAP_COMPARISONS)[number];

/** What a gap needs of one person's response. */
export interface GapAnswers {
  answers: Readonly<Record<string, unknown>>;
  sectionScores: Readonly<Record<string, number | null>>;
}

export interface PerceptionGap {
  comparison: GapComparison;
  sectionId: string;
  /** Null for a gap of a whole section's score. */
  questionId: string | null;
  /** The leader's answer (its place on the scale) or section score; for managers-sellers, the managers' median. */
  leader: number;
  /** The members' median; for managers-sellers, the sellers' median. */
  members: number;
  /** leader − members: positive when the first side sees it more favourably. */
  difference: number;
  /** |difference| as a share of its scale (steps between the first and last option, or 100 points), for ranking. */
  size: number;
  sentence: string;
}

interface Side {
  /** One value per person of this side (the leader is a side of one). */
  people: readonly GapAnswers[];
  /** Values from fewer people than this give no figure. */
  minimum: number;
}

function questionValue(question: ChoiceQuestion, side: Side): number | null {
  return medianOf(side.people.map((person) => optionPosition(question, person.answers[question.id])), side.minimum);
}

function sectionValue(section: Section, side: Side): number | null {
  const median = medianOf(side.people.map((person) => person.sectionScores[section.id]), side.minimum);
  return median === null ? null : roundPercent(median);
}

function gapsBetween(comparison: GapComparison, first: Side, second: Side): PerceptionGap[] {
  const gaps: PerceptionGap[] = [];
  for (const section of gapSections()) {
    const sectionGap = { comparison, sectionId: section.id };
    const a = sectionValue(section, first);
    const b = sectionValue(section, second);
    if (a !== null && b !== null) {
      const gap = { ...sectionGap, questionId: null, leader: a, members: b, difference: a - b, size: Math.abs(a - b) / 100 };
      gaps.push({ ...gap, sentence: gapSentence(gap, section, null) });
    }
    for (const question of gapQuestions().filter((candidate) => section.questions.includes(candidate))) {
      const x = questionValue(question, first);
      const y = questionValue(question, second);
      if (x === null || y === null) continue;
      const gap = { ...sectionGap, questionId: question.id, leader: x, members: y, difference: x - y, size: Math.abs(x - y) / (question.options.length - 1) };
      gaps.push({ ...gap, sentence: gapSentence(gap, section, question) });
    }
  }
  return gaps;
}

export interface GapInput {
  minimum: number;
  leader: GapAnswers | null;
  members: readonly GapAnswers[];
  managers: readonly GapAnswers[];
  sellers: readonly GapAnswers[];
}

/** Every gap that may be shown, largest first (ties in instrument order, leader's before the managers'). */
export function perceptionGaps(input: GapInput): PerceptionGap[] {
  const { minimum } = input;
  const gaps = [
    ...(input.leader ? gapsBetween("leader-members", { people: [input.leader], minimum: 1 }, { people: input.members, minimum }) : []),
    ...gapsBetween("managers-sellers", { people: input.managers, minimum }, { people: input.sellers, minimum }),
  ];
  return gaps.map((gap, order) => ({ gap, order })).sort((a, b) => b.gap.size - a.gap.size || a.order - b.order).map(({ gap }) => gap);
}
