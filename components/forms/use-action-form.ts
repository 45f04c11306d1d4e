"use client";
// The one way an admin form is written (docs/decisions/013-forms-and-errors.md): react-hook-form checks the fields in
// the browser with the same zod schema the server action checks them with; the post goes to the server action through
// useActionState, so the form also works without JavaScript (a plain multipart post to the same action). The action
// answers success data or the one error shape; its field messages show beside the fields, its message above the form.
import { startTransition, useActionState, type FormEvent } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { errorOf, type ActionState } from "@/lib/forms/action-state";

export function useActionForm<Values extends FieldValues, Success extends object>(
  form: UseFormReturn<Values>,
  action: (previous: ActionState<Success>, data: FormData) => Promise<ActionState<Success>>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = errorOf(state);

  /** With JavaScript: check in the browser first, and post only a form that passes (focusing the first bad field). */
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void form.trigger(undefined, { shouldFocus: true }).then((valid) => {
      if (valid) startTransition(() => formAction(data));
    });
  };

  /** The browser's message for a field, else the server's from the last post. */
  const fieldError = (name: Path<Values>): string | undefined =>
    (form.formState.errors[name]?.message as string | undefined) ?? error?.fields[name];

  const success = state !== null && !error ? (state as Success) : undefined;
  return { formAction, onSubmit, pending, fieldError, formError: error?.message, success };
}
