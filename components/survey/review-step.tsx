"use client";
import { useEffect, useRef } from "react";
import type { Answers, Section } from "@/lib/instrument";
import { formatAnswer } from "@/lib/survey/format-answer";
import { Button } from "@/components/ui/button";
import { PoolChoiceBox } from "./pool-choice-box";
import type { PoolChoice } from "./use-pool-choice";

type Props = {
  sections: Section[];
  answers: Answers;
  problems: Record<string, string>;
  error?: string;
  submitting: boolean;
  /** The benchmark-pool choice, shown in a box of its own above the submit button rather than in its step's list. */
  pool: PoolChoice | null;
  onEdit: (step: number) => void;
  onBack: () => void;
  onSubmit: () => void;
};

export function ReviewStep({ sections, answers, problems, error, submitting, pool, onEdit, onBack, onSubmit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
        <Button onClick={onSubmit} disabled={submitting}>
          {submitting ? "Submitting…" : "Submit and see my report"}
        </Button>
      </div>
    </section>
  );
}
