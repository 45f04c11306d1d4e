// The admin's Findings: which answers go with better results. For a Part C/D question, each answer's n and the median
// of four outcomes among the filtered completed responses that gave it, beside everyone who answered; and a ranking
// of questions by how far apart their answers' median unit win rates lie. Figures come from histograms
// (finding-counts.ts): the median is percentile_cont over the values the bins stand for (a whole percent for the
// index, win rate and quota, the bin's centre for the cycle: decision 010), exact to the bin.
// Anonymity as on the other dashboards (decision 005): an answer with fewer than the threshold's responses shows
// no n and no figure, and the complementary rule hides the next-smallest answer when the total would give it away;
// an outcome with fewer values than the threshold in a shown answer shows no median.
import "server-only";
import { findQuestion, type ChoiceQuestion } from "@/lib/instrument";
import { quantilesFromCounts, suppressGroups, type SuppressionReason } from "@/lib/scoring";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { FINDING_OUTCOMES, FINDING_OUTCOME_BINS, FINDING_QUESTION_IDS, type FindingOutcome } from "../finding-layout";
import { answerTallyLayout } from "../answer-tally-layout";
import { readFindingCounts, readsTallies, type FindingCounts } from "./finding-counts";
import { anonymityThreshold } from "./threshold";

export interface OutcomeFigure {
  /** Responses in the row with this outcome. */
  n: number;
  median: number | null;
  suppressed: SuppressionReason | null;
}

export type FindingRow = { key: string; label: string } & (
  | { n: number; outcomes: Record<FindingOutcome, OutcomeFigure>; suppressed: null }
  | { n: null; outcomes: null; suppressed: SuppressionReason }
);

export interface QuestionFindings {
  questionId: string;
  label: string;
  threshold: number;
  /** One row per option, in the question's order. */
  answers: FindingRow[];
  /** Everyone who answered the question. */
  total: FindingRow;
}

function outcomeFigure(histogram: readonly number[], outcome: FindingOutcome, threshold: number): OutcomeFigure {
  const { first, width, valueOf } = FINDING_OUTCOME_BINS[outcome];
  const pairs: [number, number][] = [];
  for (let bin = 0; bin < width; bin++) {
    const count = histogram[first - 1 + bin]!;
    if (count > 0) pairs.push([valueOf(bin), count]);
  }
  const n = pairs.reduce((sum, [, count]) => sum + count, 0);
  if (n < threshold) return { n, median: null, suppressed: "below-threshold" };
  return { n, median: quantilesFromCounts(pairs, [0.5])![0]!, suppressed: null };
}

function shownRow(key: string, label: string, histogram: readonly number[], threshold: number): FindingRow {
  const outcomes = Object.fromEntries(FINDING_OUTCOMES.map((outcome) => [outcome, outcomeFigure(histogram, outcome, threshold)]));
  return { key, label, n: histogram[0]!, outcomes: outcomes as Record<FindingOutcome, OutcomeFigure>, suppressed: null };
}

function questionOf(questionId: string): ChoiceQuestion {
  const question = findQuestion(questionId);
  if (!question || question.kind !== "choice" || !FINDING_QUESTION_IDS.includes(questionId)) {
    throw new RangeError(`Not a Part C or D choice question: ${questionId}`);
  }
  return question;
}

function findingsOf(question: ChoiceQuestion, counts: FindingCounts, threshold: number): QuestionFindings {
  const slots = answerTallyLayout().filter((slot) => slot.questionId === question.id);
  const histograms = question.options.map((option) => {
    const slot = slots.find((candidate) => candidate.option === option.value);
    return (slot && counts.get(slot.slot)) ?? [];
  });
  const ns = histograms.map((histogram) => histogram[0] ?? 0);
  const totalHistogram = histograms.reduce<number[]>(
    (sum, histogram) => sum.map((count, i) => count + (histogram[i] ?? 0)),
    new Array<number>(Math.max(0, ...histograms.map((histogram) => histogram.length))).fill(0),
  );
  const totalN = totalHistogram[0] ?? 0;
  const everyoneLabel = "Everyone who answered";
  const hideAll = totalN < threshold;
  const decisions = suppressGroups(ns, threshold, { totalShown: true, forced: hideAll ? ns.map(() => "below-threshold" as const) : [] });
  return {
    questionId: question.id,
    label: question.label,
    threshold,
    answers: question.options.map((option, i) =>
      decisions[i]
        ? { key: option.value, label: option.label, n: null, outcomes: null, suppressed: decisions[i]! }
        : shownRow(option.value, option.label, histograms[i]!, threshold),
    ),
    total: hideAll
      ? { key: "*", label: everyoneLabel, n: null, outcomes: null, suppressed: "below-threshold" }
      : shownRow("*", everyoneLabel, totalHistogram, threshold),
  };
}

export async function questionFindings(questionId: string, filter: AdminFilter = {}): Promise<QuestionFindings> {
  const question = questionOf(questionId);
  return findingsOf(question, await readFindingCounts(filter, [questionId]), anonymityThreshold());
}

export interface FindingSpread {
  questionId: string;
  label: string;
  /** The shown answers with the highest and the lowest median of the outcome. */
  highest: { label: string; n: number; median: number };
  lowest: { label: string; n: number; median: number };
  spread: number;
}

/**
 * The questions whose shown answers' medians of `outcome` lie furthest apart, widest first (answers and medians
 * below the threshold left out; a question needs two shown medians). Only for a filter of at most two keys: it reads
 * every question's tally rows, a few hundred; counting the entries for all questions would not be fast.
 */
export async function strongestDifferences(filter: AdminFilter, outcome: FindingOutcome = "unitWinRate", limit = 10): Promise<FindingSpread[] | null> {
  if (!readsTallies(filter)) return null;
  const threshold = anonymityThreshold();
  const counts = await readFindingCounts(filter, FINDING_QUESTION_IDS);
  const spreads = FINDING_QUESTION_IDS.flatMap((questionId): FindingSpread[] => {
    const findings = findingsOf(questionOf(questionId), counts, threshold);
    const shown = findings.answers.flatMap((row) => {
      const figure = row.outcomes?.[outcome];
      return row.n !== null && figure?.median != null ? [{ label: row.label, n: figure.n, median: figure.median }] : [];
    });
    if (shown.length < 2) return [];
    const highest = shown.reduce((best, row) => (row.median > best.median ? row : best));
    const lowest = shown.reduce((worst, row) => (row.median < worst.median ? row : worst));
    return [{ questionId, label: findings.label, highest, lowest, spread: highest.median - lowest.median }];
  });
  return spreads.sort((a, b) => b.spread - a.spread || FINDING_QUESTION_IDS.indexOf(a.questionId) - FINDING_QUESTION_IDS.indexOf(b.questionId)).slice(0, limit);
}
