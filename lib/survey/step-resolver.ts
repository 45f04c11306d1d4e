// react-hook-form resolver for one survey step. It exists instead of zodResolver because the browser checks a step
// with the instrument's light client check rather than zod (decision 008b) and because question ids contain dots
// (step-errors.ts). The check, with its messages, cross-field rules and the error mapping (about 2.5 kB gzip), is not
// needed to show a step, so it stays out of the survey's first load: the form starts loading it on the first edit,
// and a submit waits for it.
import type { Resolver } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
import type { FormValues } from "./field-names";

/** The step check, its error mapping and the step's save (step-validation.ts). */
export const loadStepValidation = () => import("./step-validation");

export function preloadStepCheck(): void {
  loadStepValidation().catch(() => undefined); // a failed load is retried, and reported, by the submit that needs it
}

export function stepResolver(section: Section): Resolver<FormValues, unknown, Answers> {
  return async (values, _context, options) => (await loadStepValidation()).resolveStep(section, values, options);
}
