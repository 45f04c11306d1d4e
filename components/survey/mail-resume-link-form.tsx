"use client";
// "Email me a link to continue", inside the resume-link panel (loaded with it, so not on the survey's first load). It
// posts to a server action like the admin forms; the survey's browser code carries no zod, so the browser's own
// type="email" check stands in for the schema, and the action's field message shows beside the field.
import { useActionState } from "react";
import { mailResumeLinkAction } from "@/app/(participant)/survey/actions";
import { errorOf } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

export function MailResumeLinkForm() {
  const [state, action, pending] = useActionState(mailResumeLinkAction, null);
  const error = errorOf(state);
  const fieldError = error?.fields.email;
  const success = state !== null && !error ? (state as { sentTo: string; sent: boolean }) : undefined;
  return (
    <form action={action} className="mt-3 space-y-2">
      <label htmlFor="resume-mail" className="block font-medium">
        Or email me a link to continue
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="resume-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          className="min-h-11 min-w-0 flex-1 rounded-md border border-line px-2"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "resume-mail-error" : undefined}
        />
        <Button type="submit" variant="secondary" disabled={pending}>
          Email me the link
        </Button>
      </div>
      <FieldError id="resume-mail-error" message={fieldError} />
      {error && !fieldError ? (
        <p role="alert" className="font-medium text-danger">
          {error.message}
        </p>
      ) : null}
      {success ? (
        <p role="status" className="font-medium">
          {success.sent
            ? `The link is on its way to ${success.sentTo}; it can take a few minutes.`
            : "This server does not send mail, so no mail went out: copy the link above instead."}
        </p>
      ) : null}
    </form>
  );
}
