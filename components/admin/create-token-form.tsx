"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { createTokenAction } from "@/app/admin/(protected)/api-tokens/actions";
import { API_TOKEN_NAME_MAX_LENGTH, ApiTokenFormSchema, type ApiTokenFormValues } from "@/lib/admin/api-token-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

export function CreateTokenForm() {
  const form = useForm<ApiTokenFormValues>({ resolver: zodResolver(ApiTokenFormSchema), defaultValues: { name: "" } });
  const { formAction, onSubmit, pending, fieldError, formError, success } = useActionForm(form, createTokenAction);
  const nameError = fieldError("name");
  return (
    <div className="space-y-3">
      {formError && !nameError ? (
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
