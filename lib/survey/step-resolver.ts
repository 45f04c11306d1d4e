// react-hook-form resolver for one survey step, built on the instrument's light client check of the
// step (client-step-check.ts, proven to agree with the zod schema the server re-checks). It exists instead of zodResolver only
// because question ids contain dots: names are mapped to ids before validation and issue
// paths mapped back after, so errors land beside the right field (pipeline rows included).
// It nests the errors itself with react-hook-form's own `get`/`set` rather than @hookform/resolvers' toNestErrors
// (the same rules, without native validation, which the survey does not use): one package fewer on the survey page.
import { get, set, type FieldError, type FieldErrors, type Resolver, type ResolverOptions } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
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

/** Is `path` a list whose rows are form fields ("….stages" with "….stages.0.name" registered)? */
const isFieldArray = (names: readonly string[], path: string) =>
  names.some((name) => name.startsWith(`${path}.`) && /^\d+(\.|$)/.test(name.slice(path.length + 1)));

/**
 * Flat errors nested by path, each with its field's element as `ref`. A message for a whole list of rows goes
 * under the list's `root`, beside the rows' own errors, where react-hook-form keeps a field array's own error.
 */
export function nestFieldErrors(flat: FlatFieldErrors, options: ResolverOptions<FormValues>): FieldErrors<FormValues> {
  const names = options.names ?? Object.keys(flat);
  const errors: FieldErrors<FormValues> = {};
  for (const [path, message] of Object.entries(flat)) {
    const field = get(options.fields, path) as { ref?: FieldError["ref"]; refs?: FieldError["ref"][] } | undefined;
    const error: FieldError = { type: "validate", message, ref: field?.refs ? field.refs[0] : field?.ref };
    if (isFieldArray(names, path)) set(errors, path, { ...(get(errors, path) as object | undefined), root: error });
    else set(errors, path, error);
  }
  return errors;
}

// The step check (with its messages and cross-field rules, about 2 kB gzip) is not needed to show a step, so it
// stays out of the survey's first load: the form starts loading it on the first edit, and a submit waits for it.
const loadStepCheck = () => import("@/lib/instrument/client-step-check");

export function preloadStepCheck(): void {
  loadStepCheck().catch(() => undefined); // a failed load is retried, and reported, by the submit that needs it
}

export async function validateStep(section: Section, values: FormValues) {
  const { checkStep } = await loadStepCheck();
  return checkStep(section, formValuesToAnswers(values));
}

export function stepResolver(section: Section): Resolver<FormValues, unknown, Answers> {
  return async (values, _context, options) => {
    const result = await validateStep(section, values);
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: nestFieldErrors(issuesToFieldErrors(result.issues), options) };
  };
}
