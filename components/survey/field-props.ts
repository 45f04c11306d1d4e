import type { FieldErrors, UseFormRegister, UseFormReturn } from "react-hook-form";
import type { FormValues } from "@/lib/survey/field-names";

export type FieldProps<Q> = {
  question: Q;
  name: string;
  register: UseFormRegister<FormValues>;
  error?: string;
};

/** The message for a field (or any of its nested rows) from react-hook-form's nested errors. */
export function errorMessage(errors: FieldErrors<FormValues>, name: string): string | undefined {
  const error = errors[name] as { message?: string } | undefined;
  return typeof error?.message === "string" ? error.message : undefined;
}

/** What the pipeline table uses of the step's form to add and remove rows. */
export type RowMethods = Pick<UseFormReturn<FormValues>, "getValues" | "setValue" | "unregister" | "subscribe" | "trigger" | "formState">;
