// Perception gaps (issue 16): per Part C section and per ordinal question, the leader's answer against the members'
// median, and the managers' median against the sellers' when each side has at least the minimum. Question answers are
// compared as their place on the question's scale (1 = the first, weakest option); sections as their 0–100 scores.
import { roundPercent } from "@/lib/scoring";
import { GAP_ITEMS, itemMedians, itemValues, type GapAnswers } from "./gap-items";
import { gapSentence } from "./gap-sentences";

export const GAP_COMPARISONS = ["leader-members", "managers-sellers"] as const;
export type GapComparison = (typeof GAP_COMPARISONS)[number];

export type { GapAnswers } from "./gap-items";

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
  /** Each person's item values (gap-items.ts); the leader is a side of one. */
  rows: readonly Int16Array[];
  /** Values from fewer people than this give no figure. */
  minimum: number;
}

function gapsBetween(comparison: GapComparison, first: Side, second: Side): PerceptionGap[] {
  if (first.rows.length < first.minimum || second.rows.length < second.minimum) return [];
  const [firsts, seconds] = [itemMedians(first.rows, first.minimum), itemMedians(second.rows, second.minimum)];
  const gaps: PerceptionGap[] = [];
  GAP_ITEMS.forEach(({ section, question }, index) => {
    const [x, y] = [firsts[index], seconds[index]];
    if (x === null || x === undefined || y === null || y === undefined) return;
    // A section's score is published in whole percents, so its median is too; a question's may fall halfway.
    const [leader, members] = question ? [x, y] : [roundPercent(x), roundPercent(y)];
    const difference = leader - members;
    const size = Math.abs(difference) / (question ? question.options.length - 1 : 100);
    const gap = { comparison, sectionId: section.id, questionId: question?.id ?? null, leader, members, difference, size };
    gaps.push({ ...gap, sentence: gapSentence(gap, section, question) });
  });
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
  // Each person's values once, shared by both comparisons.
  const rows = new Map<GapAnswers, Int16Array>();
  const rowOf = (person: GapAnswers) => {
    let row = rows.get(person);
    if (!row) rows.set(person, (row = itemValues(person)));
    return row;
  };
  const rowsOf = (people: readonly GapAnswers[]) => people.map(rowOf);
  const gaps = [
    ...(input.leader ? gapsBetween("leader-members", { rows: rowsOf([input.leader]), minimum: 1 }, { rows: rowsOf(input.members), minimum }) : []),
    ...gapsBetween("managers-sellers", { rows: rowsOf(input.managers), minimum }, { rows: rowsOf(input.sellers), minimum }),
  ];
  return gaps.map((gap, order) => ({ gap, order })).sort((a, b) => b.gap.size - a.gap.size || a.order - b.order).map(({ gap }) => gap);
}
