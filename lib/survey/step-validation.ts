// What the survey's resolver does once loaded: the instrument's light client check of the step
// (client-step-check.ts, proven to agree with the zod schema the server re-checks), its issues mapped onto the form's
// fields, and the step's save (save-step.ts). step-resolver.ts loads this module, with the check, its messages and
// cross-field rules, when it is needed.
import type { ResolverOptions, ResolverResult } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
import { checkStep } from "@/lib/instrument/client-step-check";
import { formValuesToAnswers, type FormValues } from "./field-names";
import { issuesToFieldErrors, nestFieldErrors } from "./step-errors";

// The save loads with the check: a step is only sent once this module has checked it.
export { saveStep } from "./save-step";

export function resolveStep(section: Section, values: FormValues, options: ResolverOptions<FormValues>): ResolverResult<FormValues, Answers> {
  const result = checkStep(section, formValuesToAnswers(values));
  if (result.success) return { values: result.data, errors: {} };
  return { values: {}, errors: nestFieldErrors(issuesToFieldErrors(result.issues), options) };
}
