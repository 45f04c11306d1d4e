"use client";
// Closing the team: the one form pattern (docs/decisions/013-forms-and-errors.md), with a box to tick.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { closeTeamAction } from "@/app/(participant)/t/[token]/actions";
import { CloseTeamFormSchema, type CloseTeamFormValues } from "@/lib/teams/close-team-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

export function CloseTeamForm({ token }: { token: string }) {
  const form = useForm<CloseTeamFormValues>({ resolver: zodResolver(CloseTeamFormSchema) });
  const { formAction, onSubmit, pending, fieldError, formError } = useActionForm(form, closeTeamAction);
  const confirmError = fieldError("confirm");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {formError && !confirmError ? (
        <p role="alert" className="font-medium text-danger">
          {formError}
        </p>
      ) : null}
      <div>
        <label className="flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            value="yes"
            className="size-5 accent-brand"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "close-confirm-error" : undefined}
            {...form.register("confirm")}
          />
          <span>Close the team: the invite link stops working. The dashboard stays.</span>
        </label>
        <FieldError id="close-confirm-error" message={confirmError} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Close the team
      </Button>
    </form>
  );
}
