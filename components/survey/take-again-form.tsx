"use client";
// The one button that starts a retake (docs/decisions/027-retake.md): a POST, so opening a report or an invitation
// changes nothing by itself. When this browser has another survey in progress, its link is shown first (here, or once
// the action says so) and the button sets that survey aside, as the resume page does (decision 016).
import { useActionState } from "react";
import { startRetakeAction } from "@/app/(participant)/survey/retake/actions";
import { errorOf } from "@/lib/forms/action-state";
import type { OtherSurvey } from "@/lib/responses/retake";
import { Button } from "@/components/ui/button";
import { ResumeLink } from "./resume-link";

type Props = {
  /** The link that proves who asks: the report's private token, or a retake invitation's. */
  via: { name: "report" | "invite"; token: string };
  /** The survey in progress in this browser, as the page found it. */
  other: OtherSurvey | null;
  label: string;
};

export function TakeAgainForm({ via, other: shown, label }: Props) {
  const [state, action, pending] = useActionState(startRetakeAction, null);
  const problem = errorOf(state);
  const other = (state !== null && "other" in state ? state.other : null) ?? shown;
  return (
    <div className="space-y-3">
      {other ? (
        <div role="note" className="space-y-2 rounded-md border border-change bg-surface p-3">
          <p className="font-medium">
            This browser has another survey in progress ({other.stepsDone} of {other.steps} steps done). Taking it again sets
            that one aside; nothing in it is lost. To return to it later, keep its link:
          </p>
          <ResumeLink path={other.resumePath} />
        </div>
      ) : null}
      <form action={action} className="space-y-3">
        <input type="hidden" name={via.name} value={via.token} />
        {other ? <input type="hidden" name="setAside" value="yes" /> : null}
        {problem ? (
          <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
            {problem.message}
          </p>
        ) : null}
        <Button type="submit" disabled={pending}>
          {other ? "Set it aside and take it again" : label}
        </Button>
      </form>
    </div>
  );
}
