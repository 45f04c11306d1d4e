"use client";

import { useActionState } from "react";
import { continueDraftAction } from "@/app/(participant)/survey/resume/[token]/actions";
import { errorOf } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

/** The one button of the resume page: a POST, so opening a link changes nothing by itself. */
export function ContinueDraftForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState(continueDraftAction, null);
  const problem = errorOf(state);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {problem ? (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {problem.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {label}
      </Button>
    </form>
  );
}
