// The answer distribution of every choice question (counts per option) over the filtered completed responses.
// Number, text, consent and pipeline answers have no options to count and are summarised elsewhere (sales
// figures in the benchmarks) or not at all (contact details).
import "server-only";
import { instrument, type ChoiceQuestion } from "@/lib/instrument";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { anonymityThreshold } from "./threshold";
import { completedFilterSql, type AdminFilter } from "./filter";
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
  const where = completedFilterSql(filter);
  const [{ responses }] = (await db().$queryRaw<{ responses: number }[]>`
    SELECT count(*)::int AS responses FROM "Response" r WHERE r.status = 'COMPLETED' ${where}`) as [{ responses: number }];
  const rows = questions.length ? await countAnswers(questions.map((question) => question.id), where) : [];
  const counts = new Map(rows.map((row) => [`${row.key}\u0000${row.value}`, row.n]));
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

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * (question, answer, count) over the filtered completed responses. jsonb_to_record picks every question out of
 * a stored document in one pass; one `->>` per question would decompress the document once per question, and
 * jsonb_each_text would also walk the keys not asked for.
 */
function countAnswers(ids: string[], where: Prisma.Sql) {
  const columns = Prisma.raw(ids.map((id) => `${quoteIdent(id)} text`).join(", "));
  const pairs = Prisma.raw(ids.map((id, i) => `(${i}, a.${quoteIdent(id)})`).join(", "));
  return db().$queryRaw<{ question: number; value: string; n: number }[]>`
    SELECT q.question, q.value, count(*)::int AS n
      FROM "Response" r
      CROSS JOIN LATERAL jsonb_to_record(r.answers) AS a(${columns})
      CROSS JOIN LATERAL (VALUES ${pairs}) AS q(question, value)
     WHERE r.status = 'COMPLETED' ${where} AND q.value IS NOT NULL
     GROUP BY 1, 2`.then((rows) => rows.map((row) => ({ key: ids[row.question]!, value: row.value, n: row.n })));
}
