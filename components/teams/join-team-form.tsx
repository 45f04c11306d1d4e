"use client";
import { useActionState } from "react";
import { joinTeamAction } from "@/app/(participant)/join/[code]/actions";
import { errorOf } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

export function JoinTeamForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState(joinTeamAction, null);
  const error = errorOf(state);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="code" value={code} />
      <Button type="submit" disabled={pending}>
        Start the team survey
      </Button>
      {error ? (
        <p role="alert" className="font-medium text-danger">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}
