"use client";
// The multi-step survey: one step per instrument section, then a review. Saved answers come
// from the server; a step's typing is kept in memory when going back and in this browser until
// the step is saved. The sections come from the server page as props, so the instrument's module (and full zod)
// stays out of the browser bundle; the review step loads when it is reached.
import { lazy, Suspense, useState } from "react";
import type { Answers, Section } from "@/lib/instrument";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import type { SaveStepResponse, SubmitResponse } from "@/lib/survey/api";
import { answersToFormValues, type FormValues } from "@/lib/survey/field-names";
import { surveyProgress } from "@/lib/survey/progress";
import { ProgressBar } from "./progress-bar";
import { StepForm } from "./step-form";

// React.lazy rather than next/dynamic: the same code split without next/dynamic's loader on the survey page. The
// resume link shows only once a step is saved, so a first visit does not load it either.
const ReviewStep = lazy(() => import("./review-step").then((module) => ({ default: module.ReviewStep })));
const ResumeLink = lazy(() => import("./resume-link").then((module) => ({ default: module.ResumeLink })));

type Props = { sections: Section[]; initialAnswers: Answers; initialStep: number; resumePath: string | null };

export function SurveyForm({ sections, initialAnswers, initialStep, resumePath }: Props) {
  const review = sections.length; // the step index of the review
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [step, setStep] = useState(Math.min(initialStep, review));
  const [typed, setTyped] = useState<Record<string, FormValues>>({});
  const [fromReview, setFromReview] = useState(false);
  const [resume, setResume] = useState(resumePath);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string>();
  const [problems, setProblems] = useState<Record<string, string>>({});

  const goTo = (next: number) => {
    setStep(next);
    window.scrollTo({ top: 0 });
  };

  const onSaved = (sectionAnswers: Answers, response: SaveStepResponse) => {
    const section = sections[step]!;
    const next = { ...answers };
    for (const question of section.questions) delete next[question.id];
    setAnswers({ ...next, ...sectionAnswers });
    setTyped((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== section.id)));
    setResume(response.resumeUrl);
    goTo(fromReview ? review : step + 1);
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(undefined);
    try {
      const response = await fetch("/api/survey/submit", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      if (response.ok) {
        window.location.assign(((await response.json()) as SubmitResponse).reportUrl);
        return;
      }
      const body = (await response.json().catch(() => errorBody("The server could not take your answers."))) as ErrorBody;
      setProblems(body.error.fields);
      setSubmitError(body.error.message);
    } catch {
      setSubmitError("We could not reach the server. Your answers are saved — try again in a moment.");
    }
    setSubmitting(false);
  };

  const section = sections[step];
  return (
    <div className="space-y-6">
      <ProgressBar progress={surveyProgress(sections, step)} />
      {resume && (
        <Suspense>
          <ResumeLink path={resume} />
        </Suspense>
      )}
      {section ? (
        <StepForm
          key={section.id}
          section={section}
          defaultValues={typed[section.id] ?? answersToFormValues(answers, section.questions.map((q) => q.id))}
          isFirst={step === 0}
          nextLabel={fromReview ? "Save and return to review" : step === review - 1 ? "Save and review" : "Save and continue"}
          onSaved={onSaved}
          onBack={(values) => {
            setTyped((all) => ({ ...all, [section.id]: values }));
            goTo(step - 1);
          }}
        />
      ) : (
        <Suspense>
          <ReviewStep
            sections={sections}
            answers={answers}
            problems={problems}
            error={submitError}
            submitting={submitting}
            onEdit={(target) => {
              setFromReview(true);
              goTo(target);
            }}
            onBack={() => goTo(review - 1)}
            onSubmit={submit}
          />
        </Suspense>
      )}
    </div>
  );
}
