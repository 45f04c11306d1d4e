"use client";
import { useActionState } from "react";
import { takeSurveyAsLeaderAction } from "@/app/(participant)/t/[token]/actions";
import { errorOf } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

export function LeaderSurveyForm({ token, again }: { token: string; again: boolean }) {
  const [state, action, pending] = useActionState(takeSurveyAsLeaderAction, null);
  const error = errorOf(state);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" variant={again ? "secondary" : "primary"} disabled={pending}>
        {again ? "Take the survey again as the leader" : "Take the survey as the leader"}
      </Button>
      {error ? (
        <p role="alert" className="font-medium text-danger">
          {error.message}
        </p>
      ) : null}
    </form>
  );
}
