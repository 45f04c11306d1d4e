// The answer distribution of every choice question (counts per option) over the filtered completed responses,
// read from the "AnswerTally" aggregate (one row per combination of the four peer keys holding the count of every
// option, kept in step with completed responses by triggers), never from the answers themselves. Number, text,
// consent and pipeline answers have no options to count and are summarised elsewhere (sales figures in the
// benchmarks) or not at all (contact details).
import "server-only";
import { instrument, type ChoiceQuestion } from "@/lib/instrument";
import { Prisma } from "../generated/client";
import { db } from "../client";
import { answerTallyLayout, RESPONSES_SLOT } from "../answer-tally-layout";
import { anonymityThreshold } from "./threshold";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { completedFilterSql } from "./filter-sql";
import type { SuppressionReason } from "@/lib/scoring";

export interface OptionCount {
  value: string;
  label: string;
  count: number;
}

export type QuestionDistribution = {
  questionId: string;
  sectionId: string;
  label: string;
} & (
  | { answered: number; options: OptionCount[]; suppressed: null }
  | { answered: null; options: null; suppressed: SuppressionReason }
);

export interface QuestionDistributions {
  threshold: number;
  /** Completed responses matching the filter; each question's `answered` leaves out those who skipped it. */
  responses: number;
  questions: QuestionDistribution[];
}

export function choiceQuestions(): (ChoiceQuestion & { sectionId: string })[] {
  return instrument.sections.flatMap((section) =>
    section.questions.flatMap((question) => (question.kind === "choice" ? [{ ...question, sectionId: section.id }] : [])),
  );
}

export async function questionDistributions(filter: AdminFilter = {}, sectionId?: string): Promise<QuestionDistributions> {
  const threshold = anonymityThreshold();
  const questions = choiceQuestions().filter((question) => !sectionId || question.sectionId === sectionId);
  // One sum per slot wanted, over the rows the filter matches (at most one per peer-key combination, ~2,700 with
  // today's options): measured at every combination present, this took 20 ms for all 303 slots where unnesting the
  // arrays and grouping in SQL took 140 ms and summing the arrays in TypeScript 170 ms (decision 005). The slot
  // numbers are our layout's integers, never input.
  const wanted = new Set(questions.map((question) => question.id));
  const slots = answerTallyLayout().filter((slot) => slot.slot === RESPONSES_SLOT || wanted.has(slot.questionId));
  const sums = Prisma.raw(slots.map((slot) => `sum(t."counts"[${slot.slot}])`).join(", "));
  const [row] = await db().$queryRaw<{ counts: (number | null)[] }[]>`
    SELECT ARRAY[${sums}]::int[] AS counts FROM "AnswerTally" t WHERE TRUE ${completedFilterSql(filter, "t")}`;
  const counts = new Map(slots.map((slot, i) => [`${slot.questionId}\u0000${slot.option}`, row?.counts[i] ?? 0]));
  const responses = counts.get("*\u0000*") ?? 0;
  return {
    threshold,
    responses,
    questions: questions.map((question): QuestionDistribution => {
      const base = { questionId: question.id, sectionId: question.sectionId, label: question.label };
      const options = question.options.map((option) => ({
        value: option.value,
        label: option.label,
        count: counts.get(`${question.id}\u0000${option.value}`) ?? 0,
      }));
      const answered = options.reduce((sum, option) => sum + option.count, 0);
      if (responses < threshold || answered < threshold) {
        return { ...base, answered: null, options: null, suppressed: "below-threshold" };
      }
      return { ...base, answered, options, suppressed: null };
    }),
  };
}
