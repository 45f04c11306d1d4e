// The answer distribution of every choice question (counts per option) over the filtered completed responses,
// read from the "AnswerCount" aggregate (counts per question, option and combination of the four peer keys, kept
// in step with completed responses by triggers), never from the answers themselves. Number, text, consent and
// pipeline answers have no options to count and are summarised elsewhere (sales figures in the benchmarks) or not
// at all (contact details).
import "server-only";
import { instrument, type ChoiceQuestion } from "@/lib/instrument";
import { db } from "../client";
import { anonymityThreshold } from "./threshold";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { completedFilterSql } from "./filter-sql";
import type { SuppressionReason } from "./suppression";

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
  // The pseudo question "*" (option "*") counts the responses themselves.
  const rows = await db().$queryRaw<{ questionId: string; option: string; n: number }[]>`
    SELECT c."questionId", c."option", sum(c."count")::int AS n
      FROM "AnswerCount" c
     WHERE c."questionId" = ANY(${["*", ...questions.map((question) => question.id)]}::text[]) ${completedFilterSql(filter, "c")}
     GROUP BY 1, 2`;
  const counts = new Map(rows.map((row) => [`${row.questionId}\u0000${row.option}`, row.n]));
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
