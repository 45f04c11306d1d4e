/**
 * Where the admin's Findings keep their counts (findings migration, docs/decisions/023-findings-rollup.md):
 *
 *   FINDING_QUESTION_IDS: the Part C and D choice questions, in the order of an entry's "answers" array
 *   FINDING_OUTCOMES / FINDING_WIDTH: where each outcome's bins sit in a "FindingTally" row's counts
 *
 * An answer is named by its "AnswerTally" slot (lib/db/answer-tally-layout.ts). The database holds the question list
 * as "findingQuestionIds"() and the outcome offsets in "findingCountSlots"(); a test holds both equal to these.
 */
import "server-only";
import { FINDING_QUESTION_IDS } from "@/lib/admin/dashboard-findings";
import { DIMENSIONS, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { BINNED_FIGURE_BINS } from "@/lib/scoring";
import { answerTallyLayout, type AnswerTallySlot } from "./answer-tally-layout";

/** The Part C and D choice questions, in the instrument's order (an entry's "answers"[i + 1] answers the i-th). */
export { FINDING_QUESTION_IDS };

/** The outcomes the Findings set beside each answer. Names are admin dashboard metrics (formatMetric prints them). */
export const FINDING_OUTCOMES = ["overall", "unitWinRate", "cycleDays", "quotaAttainment"] as const;
export type FindingOutcome = (typeof FINDING_OUTCOMES)[number];

/**
 * The responses the Findings count, with "Response" as r: completed and in the benchmark pool
 * (docs/decisions/026-benchmark-pool.md). An entry is made only for those; a response leaving the pool loses its entry.
 */
export const FINDING_RESPONSES_WHERE = `r.status = 'COMPLETED' AND r."inPool"`;

/** counts[1] counts the responses that gave the answer. */
export const FINDING_RESPONSES_SLOT = 1;

interface OutcomeBins {
  /** The 1-based subscript of bin 0 in "counts". */
  first: number;
  width: number;
  /** The value a bin stands for: the index's whole percent, or the hard-number bin's centre. */
  valueOf: (bin: number) => number;
}

export const FINDING_OUTCOME_BINS: Readonly<Record<FindingOutcome, OutcomeBins>> = {
  overall: { first: 2, width: 101, valueOf: (bin) => bin },
  unitWinRate: { first: 103, width: BINNED_FIGURE_BINS.unitWinRate.count, valueOf: (bin) => BINNED_FIGURE_BINS.unitWinRate.valueOf(bin) },
  cycleDays: { first: 204, width: BINNED_FIGURE_BINS.cycleDays.count, valueOf: (bin) => BINNED_FIGURE_BINS.cycleDays.valueOf(bin) },
  quotaAttainment: {
    first: 538,
    width: BINNED_FIGURE_BINS.quotaAttainment.count,
    valueOf: (bin) => BINNED_FIGURE_BINS.quotaAttainment.valueOf(bin),
  },
};

export const FINDING_WIDTH = 1038;

export interface FindingQuestionSlots {
  questionId: string;
  /** 1-based place in an entry's "answers". */
  position: number;
  /** The question's answer slots, in option order. */
  options: AnswerTallySlot[];
}

/** A finding question's place and its options' slots; undefined for any other question. */
export function findingQuestionSlots(questionId: string): FindingQuestionSlots | undefined {
  const index = FINDING_QUESTION_IDS.indexOf(questionId);
  if (index < 0) return undefined;
  return { questionId, position: index + 1, options: answerTallyLayout().filter((slot) => slot.questionId === questionId) };
}

/**
 * The grains the tallies count in: everyone, each peer key, each pair of keys (in DIMENSIONS order). A tally row's
 * "dimension" is the grain's keys joined by "+" ("*" for everyone), its "value" their values joined by "|" ('' for a
 * key not given). A filter on three or four keys counts the matching entries instead.
 */
export const FINDING_GRAINS: readonly (readonly Dimension[])[] = [
  [],
  ...DIMENSIONS.map((dimension) => [dimension]),
  ...DIMENSIONS.flatMap((first, i) => DIMENSIONS.slice(i + 1).map((second) => [first, second])),
];

export const grainDimension = (keys: readonly Dimension[]) => (keys.length ? keys.join("+") : "*");
export const grainValue = (values: readonly string[]) => (values.length ? values.join("|") : "*");
