// react-hook-form resolver for one survey step, built on the instrument's light client check of the
// step (client-step-check.ts, proven to agree with the zod schema the server re-checks). It exists instead of zodResolver only
// because question ids contain dots: names are mapped to ids before validation and issue
// paths mapped back after, so errors land beside the right field (pipeline rows included).
import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
import { checkStep } from "@/lib/instrument/client-step-check";
import { formValuesToAnswers, toFieldName, type FormValues } from "./field-names";

/** Flat field-path → message, e.g. { "b__numbers__won-count": "…", "e__pipeline__snapshot.stages.2.count": "…" }. */
export type FlatFieldErrors = Record<string, string>;

export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FlatFieldErrors {
  const errors: FlatFieldErrors = {};
  for (const issue of issues) {
    const [id, ...rest] = issue.path;
    const key = [toFieldName(String(id ?? "")), ...rest.map(String)].join(".");
    errors[key] ??= issue.message;
  }
  return errors;
}

export function validateStep(section: Section, values: FormValues) {
  return checkStep(section, formValuesToAnswers(values));
}

export function stepResolver(section: Section): Resolver<FormValues, unknown, Answers> {
  return async (values, _context, options) => {
    const result = validateStep(section, values);
    if (result.success) return { values: result.data, errors: {} };
    const flat: FieldErrors = {};
    for (const [path, message] of Object.entries(issuesToFieldErrors(result.issues))) {
      flat[path] = { type: "validate", message } satisfies FieldError;
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
