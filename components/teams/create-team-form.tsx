"use client";
// Creating a team (issue 16): the one form pattern (docs/decisions/013-forms-and-errors.md). Once created, the form
// gives way to the team's two private links, each with a copy button.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { createTeamAction } from "@/app/(participant)/teams/actions";
import { CreateTeamFormSchema, LEADER_EMAIL_MAX_LENGTH, TEAM_NAME_MAX_LENGTH, type CreateTeamFormValues } from "@/lib/teams/team-form-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";
import { CopyField } from "./copy-field";

export function CreateTeamForm({ reportToken }: { reportToken?: string }) {
  const form = useForm<CreateTeamFormValues>({ resolver: zodResolver(CreateTeamFormSchema), defaultValues: { name: "", leaderEmail: "" } });
  const { formAction, onSubmit, pending, fieldError, formError, success } = useActionForm(form, createTeamAction);
  const nameError = fieldError("name");
  const emailError = fieldError("leaderEmail");

  if (success) {
    return (
      <section aria-labelledby="team-created" className="space-y-4 rounded-lg border border-ok bg-surface p-4">
        <h2 id="team-created" className="text-xl font-semibold" tabIndex={-1}>
          Team “{success.name}” created
        </h2>
        <p>
          Keep both links now: the dashboard link is shown only here{success.mailedTo ? ` and in the mail to ${success.mailedTo}` : ""}, and we keep
          only a fingerprint of it.
        </p>
        <CopyField id="invite-link" label="Invite link" path={success.invitePath} help="Send it to the members of your team. Each takes the survey and gets a private report." />
        <CopyField id="dashboard-link" label="Team dashboard link" path={success.dashboardPath} help="For you alone: the team's results, once enough members have answered." />
        {success.leaderAdopted ? <p className="text-sm text-muted">Your own answers are the leader&apos;s answers of this team.</p> : null}
        <a href={success.dashboardPath} className="inline-flex min-h-11 items-center font-semibold text-brand-strong underline">
          Open the team dashboard
        </a>
      </section>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      {formError && !nameError && !emailError ? (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {formError}
        </p>
      ) : null}
      {reportToken ? <input type="hidden" name="reportToken" value={reportToken} /> : null}
      <div>
        <label htmlFor="team-name" className="block font-medium">
          Team name
        </label>
        <input
          id="team-name"
          maxLength={TEAM_NAME_MAX_LENGTH}
          className="mt-1 block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "team-name-error" : undefined}
          {...form.register("name")}
        />
        <FieldError id="team-name-error" message={nameError} />
      </div>
      <div>
        <label htmlFor="leader-email" className="block font-medium">
          Your email (optional)
        </label>
        <p id="leader-email-help" className="text-sm text-muted">
          We mail you both links, once. Nothing else is sent to it.
        </p>
        <input
          id="leader-email"
          type="email"
          autoComplete="email"
          maxLength={LEADER_EMAIL_MAX_LENGTH}
          className="mt-1 block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2"
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "leader-email-help leader-email-error" : "leader-email-help"}
          {...form.register("leaderEmail")}
        />
        <FieldError id="leader-email-error" message={emailError} />
      </div>
      <Button type="submit" disabled={pending}>
        Create the team
      </Button>
    </form>
  );
}
