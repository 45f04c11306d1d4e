"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { createTokenAction } from "@/app/admin/(protected)/api-tokens/actions";
import {
  API_TOKEN_LIFETIMES_DAYS,
  API_TOKEN_NAME_MAX_LENGTH,
  API_TOKEN_SCOPES,
  ApiTokenFormSchema,
  DEFAULT_API_TOKEN_LIFETIME_DAYS,
  type ApiTokenFormValues,
} from "@/lib/admin/api-token-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

export function CreateTokenForm() {
  const form = useForm<ApiTokenFormValues>({
    resolver: zodResolver(ApiTokenFormSchema),
    defaultValues: { name: "", scope: "read", days: DEFAULT_API_TOKEN_LIFETIME_DAYS },
  });
  const { formAction, onSubmit, pending, fieldError, formError, success } = useActionForm(form, createTokenAction);
  const nameError = fieldError("name");
  const scopeError = fieldError("scope");
  const daysError = fieldError("days");
  return (
    <div className="space-y-3">
      {formError && !nameError && !scopeError && !daysError ? (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {formError}
        </p>
      ) : null}
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="token-name" className="block font-medium">
            Token name
          </label>
          <input
            id="token-name"
            maxLength={API_TOKEN_NAME_MAX_LENGTH}
            className="mt-1 rounded-md border border-line bg-surface px-3 py-2"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "token-name-error" : undefined}
            {...form.register("name")}
          />
          <FieldError id="token-name-error" message={nameError} />
        </div>
        <div>
          <label htmlFor="token-scope" className="block font-medium">
            May
          </label>
          <select
            id="token-scope"
            className="mt-1 rounded-md border border-line bg-surface px-3 py-2"
            aria-invalid={scopeError ? true : undefined}
            aria-describedby={scopeError ? "token-scope-error" : undefined}
            {...form.register("scope")}
          >
            {Object.entries(API_TOKEN_SCOPES).map(([scope, label]) => (
              <option key={scope} value={scope}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id="token-scope-error" message={scopeError} />
        </div>
        <div>
          <label htmlFor="token-days" className="block font-medium">
            Expires after
          </label>
          <select
            id="token-days"
            className="mt-1 rounded-md border border-line bg-surface px-3 py-2"
            aria-invalid={daysError ? true : undefined}
            aria-describedby={daysError ? "token-days-error" : undefined}
            {...form.register("days")}
          >
            {API_TOKEN_LIFETIMES_DAYS.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
          <FieldError id="token-days-error" message={daysError} />
        </div>
        <Button type="submit" disabled={pending}>
          Create token
        </Button>
      </form>
      {success ? (
        <div role="status" className="space-y-1 rounded-md border border-ok bg-surface p-3">
          <p className="font-medium">
            Token “{success.name}” created. Copy it now: it is shown only once.
          </p>
          <code className="block break-all rounded bg-canvas p-2" aria-label="New API token">
            {success.token}
          </code>
          <p className="text-sm text-muted">Send it as the header Authorization: Bearer &lt;token&gt;.</p>
        </div>
      ) : null}
    </div>
  );
}
