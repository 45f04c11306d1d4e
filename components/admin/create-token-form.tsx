"use client";

import { useActionState } from "react";
import { createTokenAction } from "@/app/admin/(protected)/api-tokens/actions";
import { API_TOKEN_NAME_MAX_LENGTH } from "@/lib/admin/api-token-schema";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-message";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, null);
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="token-name" className="block font-medium">
            Token name
          </label>
          <input
            id="token-name"
            name="name"
            maxLength={API_TOKEN_NAME_MAX_LENGTH}
            className="mt-1 rounded-md border border-line bg-surface px-3 py-2"
            aria-invalid={state?.fieldError ? true : undefined}
            aria-describedby={state?.fieldError ? "token-name-error" : undefined}
          />
          <FieldError id="token-name-error" message={state?.fieldError} />
        </div>
        <Button type="submit" disabled={pending}>
          Create token
        </Button>
      </form>
      {state?.token ? (
        <div role="status" className="space-y-1 rounded-md border border-ok bg-surface p-3">
          <p className="font-medium">
            Token “{state.name}” created. Copy it now: it is shown only once.
          </p>
          <code className="block break-all rounded bg-canvas p-2" aria-label="New API token">
            {state.token}
          </code>
          <p className="text-sm text-muted">Send it as the header Authorization: Bearer &lt;token&gt;.</p>
        </div>
      ) : null}
    </div>
  );
}
