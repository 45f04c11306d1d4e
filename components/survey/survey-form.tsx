"use client";
// The multi-step survey: one step per instrument section, then a review. Saved answers come
// from the server; a step's typing is kept in memory when going back and in this browser until
// the step is saved. The sections come from the server page as props, so the instrument's module (and full zod)
// stays out of the browser bundle; the review step loads when it is reached.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { Answers, Section } from "@/lib/instrument";
import type { SaveStepResponse } from "@/lib/survey/api";
import { answersToFormValues, type FormValues } from "@/lib/survey/field-names";
import { surveyProgress } from "@/lib/survey/progress";
import { stepFromParam, stepHref, stepToShow } from "@/lib/survey/step-url";
import { ProgressBar } from "./progress-bar";
import type { SubmitOutcome } from "./review-step";
import { StepForm } from "./step-form";

// React.lazy rather than next/dynamic: the same code split without next/dynamic's loader on the survey page. The
// resume link shows only once a step is saved, so a first visit does not load it either.
const ReviewStep = lazy(() => import("./review-step").then((module) => ({ default: module.ReviewStep })));
const ResumeLink = lazy(() => import("./resume-link").then((module) => ({ default: module.ResumeLink })));

type Props = { sections: Section[]; initialAnswers: Answers; initialStep: number; furthestStep: number; resumePath: string | null };

/** What this form keeps in its history entries: the step, and the step of the entry before when this form made it. */
type StepEntry = { surveyStep?: number; from?: number } | null;

export function SurveyForm({ sections, initialAnswers, initialStep, furthestStep, resumePath }: Props) {
  const review = sections.length; // the step index of the review
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [step, setStep] = useState(Math.min(initialStep, review));
  // The furthest step that may be shown: the first one not saved yet (or the review). Read by the popstate handler.
  const furthest = useRef(Math.min(furthestStep, review));
  const [typed, setTyped] = useState<Record<string, FormValues>>({});
  const [fromReview, setFromReview] = useState(false);
  const [resume, setResume] = useState(resumePath);
  const [outcome, setOutcome] = useState<SubmitOutcome>({ problems: {} });

  // Every step has its own address and history entry (lib/survey/step-url.ts): the address is written in on arrival,
  // and the browser's Back and Forward move between steps, never past the furthest one.
  useEffect(() => {
    window.history.replaceState({ ...window.history.state, surveyStep: step }, "", stepHref(step, review));
    const onPopState = (event: PopStateEvent) => {
      const asked = (event.state as StepEntry)?.surveyStep ?? stepFromParam(new URLSearchParams(window.location.search).get("step"), review);
      const shown = stepToShow(asked ?? null, furthest.current);
      if (shown !== asked) window.history.replaceState({ ...window.history.state, surveyStep: shown }, "", stepHref(shown, review));
      setStep(shown);
      window.scrollTo({ top: 0 });
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
    // Once, on arrival: later steps are written by move and read back by onPopState.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Shows step `next`: a new history entry going on; going back, the browser's Back when the entry before is that step. */
  const move = (next: number, back = false) => {
    if (back && (window.history.state as StepEntry)?.from === next) return window.history.back();
    setStep(next);
    window.history[back ? "replaceState" : "pushState"]({ surveyStep: next, from: back ? undefined : step }, "", stepHref(next, review));
    window.scrollTo({ top: 0 });
  };
  const goTo = (next: number) => move(next);
  const goBack = (previous: number) => move(previous, true);

  const onSaved = (sectionAnswers: Answers, response: SaveStepResponse) => {
    const section = sections[step]!;
    const next = { ...answers };
    for (const question of section.questions) delete next[question.id];
    setAnswers({ ...next, ...sectionAnswers });
    setTyped((all) => Object.fromEntries(Object.entries(all).filter(([id]) => id !== section.id)));
    setResume(response.resumeUrl);
    furthest.current = Math.max(furthest.current, Math.min(response.nextStep, review));
    goTo(fromReview ? review : step + 1);
  };

  // A pool choice saved from the review step: the draft's answers and, where the step was typed and not saved, its values.
  // (The question ids stay in the lazily loaded review step: they are not part of the survey's first load.)
  const onPoolSaved = (poolSection: Section, stepAnswers: Answers, fields: Record<string, boolean>, response: SaveStepResponse) => {
    setAnswers((all) => ({ ...all, ...stepAnswers }));
    setTyped((all) => {
      const values = all[poolSection.id];
      return values ? { ...all, [poolSection.id]: { ...values, ...fields } } : all;
    });
    setResume(response.resumeUrl);
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
          defaultValues={typed[section.id] ?? answersToFormValues(answers, section.questions)}
          isFirst={step === 0}
          nextLabel={fromReview ? "Save and return to review" : step === review - 1 ? "Save and review" : "Save and continue"}
          onSaved={onSaved}
          onBack={(values) => {
            setTyped((all) => ({ ...all, [section.id]: values }));
            goBack(step - 1);
          }}
        />
      ) : (
        <Suspense>
          <ReviewStep
            sections={sections}
            answers={answers}
            outcome={outcome}
            onOutcome={setOutcome}
            onPoolSaved={onPoolSaved}
            onEdit={(target) => {
              setFromReview(true);
              goTo(target);
            }}
            onBack={() => goBack(review - 1)}
          />
        </Suspense>
      )}
    </div>
  );
}
