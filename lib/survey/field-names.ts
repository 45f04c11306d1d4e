// Question ids contain dots ("c.process.mapped-to-buyer"), which react-hook-form would read as
// nested paths. Form fields use the id with dots swapped for "__"; these convert both ways.
import type { Answers } from "@/lib/instrument";

const SEPARATOR = "__";

export const toFieldName = (questionId: string) => questionId.replaceAll(".", SEPARATOR);
export const toQuestionId = (fieldName: string) => fieldName.replaceAll(SEPARATOR, ".");

export type FormValues = Record<string, unknown>;

export function answersToFormValues(answers: Answers, questionIds: readonly string[]): FormValues {
  const values: FormValues = {};
  for (const id of questionIds) values[toFieldName(id)] = answers[id] ?? null;
  return values;
}

export function formValuesToAnswers(values: FormValues): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) answers[toQuestionId(field)] = value;
  return answers;
}
