"use client";
// The review, and the submit: its code loads with the review step, not with the survey's first step (decision 008b).
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Answers, Section } from "@/lib/instrument";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import type { SubmitResponse } from "@/lib/survey/api";
import { formatAnswer } from "@/lib/survey/format-answer";
import { Button } from "@/components/ui/button";
import { PoolChoiceBox } from "./pool-choice-box";
import { usePoolChoice, type PoolChoiceSaved } from "./use-pool-choice";

/** What the last submit said: the problems per question and the message; kept by the survey while a step is edited. */
export type SubmitOutcome = { problems: Record<string, string>; error?: string };

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

type Props = {
  sections: Section[];
  answers: Answers;
  outcome: SubmitOutcome;
  onOutcome: (outcome: SubmitOutcome) => void;
  /** The benchmark-pool choice, shown in a box of its own above the submit button, was saved with the draft. */
  onPoolSaved: PoolChoiceSaved;
  onEdit: (step: number) => void;
  onBack: () => void;
};

/** Submits the saved survey and opens the report (null); otherwise what went wrong, the problems before kept when unknown. */
async function submitSurvey(problems: Record<string, string>): Promise<SubmitOutcome | null> {
  try {
    const response = await fetch("/api/survey/submit", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    if (response.ok) {
      window.location.assign(((await response.json()) as SubmitResponse).reportUrl);
      return null;
    }
    const body = (await response.json().catch(() => errorBody("The server could not take your answers."))) as ErrorBody;
    return { problems: body.error.fields, error: body.error.message };
  } catch {
    return { problems, error: "We could not reach the server. Your answers are saved — try again in a moment." };
  }
}

export function ReviewStep({ sections, answers, outcome, onOutcome, onPoolSaved, onEdit, onBack }: Props) {
  const { problems, error } = outcome;
  const pool = usePoolChoice(sections, answers, onPoolSaved);
  const heading = useRef<HTMLHeadingElement>(null);
  const [submitting, setSubmitting] = useState(false);
  // False in the server's HTML until hydration: the submit button is disabled until a click on it does something.
  const ready = useSyncExternalStore(noSubscription, isClient, isServer);
  useEffect(() => heading.current?.focus(), []);
  const onSubmit = async () => {
    setSubmitting(true);
    onOutcome({ problems });
    // The pool choice's save must land first: the submit takes the draft as stored.
    if (pool && !(await pool.settled())) return setSubmitting(false);
    const failed = await submitSurvey(problems);
    // On success the browser is on its way to the report: the button stays disabled until it has gone.
    if (!failed) return;
    onOutcome(failed);
    setSubmitting(false);
  };
  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <div className="space-y-2">
        <h2 id="review-title" ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          Review your answers
        </h2>
        <p className="text-muted">Check what you told us. Edit any step, then submit to get your report.</p>
      </div>
      {sections.map((section, step) => (
        <div key={section.id} className="rounded-lg border border-line bg-surface p-4">
          <div className="flex items-center justify-between gap-2">
            <h3 className="font-semibold">{section.title}</h3>
            <Button variant="ghost" onClick={() => onEdit(step)} aria-label={`Edit ${section.title}`}>
              Edit
            </Button>
          </div>
          <dl className="mt-2 divide-y divide-line">
            {section.questions.filter((question) => question.id !== pool?.question.id).map((question) => (
              <div key={question.id} className="grid gap-1 py-2 sm:grid-cols-2">
                <dt className="text-sm text-muted">{question.label}</dt>
                <dd className="text-sm">
                  {formatAnswer(question, answers[question.id]) ?? <span className="text-muted">Not answered</span>}
                  {problems[question.id] && <span className="block font-medium text-danger">{problems[question.id]}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {pool ? <PoolChoiceBox pool={pool} /> : null}
      {error && (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap justify-between gap-3">
        <Button variant="secondary" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onSubmit} disabled={!ready || submitting}>
          {submitting ? "Submitting…" : "Submit and see my report"}
        </Button>
      </div>
    </section>
  );
}
