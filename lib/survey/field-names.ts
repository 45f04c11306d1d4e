// Question ids contain dots ("c.process.mapped-to-buyer"), which react-hook-form would read as
// nested paths. Form fields use the id with dots swapped for "__"; these convert both ways.
import type { Answers, Question } from "@/lib/instrument";

const SEPARATOR = "__";

export const toFieldName = (questionId: string) => questionId.replaceAll(".", SEPARATOR);
export const toQuestionId = (fieldName: string) => fieldName.replaceAll(SEPARATOR, ".");

export type FormValues = Record<string, unknown>;

/** A question's value in the form: its answer, else the box's default (the pool choice starts ticked), else empty. */
export function answersToFormValues(answers: Answers, questions: readonly Question[]): FormValues {
  const values: FormValues = {};
  for (const question of questions) {
    values[toFieldName(question.id)] = answers[question.id] ?? (question.kind === "consent" ? (question.default ?? null) : null);
  }
  return values;
}

export function formValuesToAnswers(values: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) answers[toQuestionId(field)] = value;
  return answers;
}
