"use client";

import { useActionState, useState } from "react";
import { deleteResponseAction } from "@/app/admin/(protected)/responses/actions";
import { Button } from "@/components/ui/button";
import { errorOf } from "@/lib/forms/action-state";

/** Two steps: "Delete…" reveals what will go and a confirm button; nothing is deleted on the first click. */
export function DeleteResponseButton({ id, label }: { id: string; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const [result, action, pending] = useActionState(deleteResponseAction, null);
  const problem = errorOf(result);
  if (result && !problem) return <p role="status" className="text-sm text-ok">Deleted</p>;
  if (!confirming) {
    return (
      <Button variant="ghost" className="min-h-0 px-0 py-0 text-danger" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>
        Delete…
      </Button>
    );
  }
  return (
    <form action={action} className="space-y-1" aria-label={`Confirm deleting ${label}`}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="confirm" value="delete" />
      <p className="text-xs text-muted">Deletes the response, its scores and its report, for good.</p>
      <div className="flex gap-2">
        <Button type="submit" className="min-h-0 bg-danger px-2 py-1 text-sm hover:bg-danger" disabled={pending}>
          Confirm delete
        </Button>
        <Button variant="secondary" className="min-h-0 px-2 py-1 text-sm" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      {problem ? <p role="alert" className="text-sm text-danger">{problem.message}</p> : null}
    </form>
  );
}
