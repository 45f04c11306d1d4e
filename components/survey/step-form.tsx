"use client";
// One survey step: its questions, validated on the client with the step check (loaded on the first edit), then
// saved to the server (which re-checks it with the step's zod schema) before moving on.
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
import type { SaveStepResponse } from "@/lib/survey/api";
import type { FormValues } from "@/lib/survey/field-names";
import { loadStepValidation, preloadStepCheck, stepResolver } from "@/lib/survey/step-resolver";
import { Button } from "@/components/ui/button";
import { preloadFields, QuestionField } from "./question-field";
import { clearStepBackup, readStepBackup, writeStepBackup } from "./step-backup";

type Props = {
  section: Section;
  defaultValues: FormValues;
  isFirst: boolean;
  nextLabel: string;
  onSaved: (answers: Answers, response: SaveStepResponse) => void;
  onBack: (values: FormValues) => void;
};

export function StepForm({ section, defaultValues, isFirst, nextLabel, onSaved, onBack }: Props) {
  const form = useForm<FormValues, unknown, Answers>({
    resolver: stepResolver(section),
    defaultValues,
    shouldFocusError: true,
  });
  const { register, formState, handleSubmit, setError, getValues, subscribe, reset } = form;
  const [formError, setFormError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const backup = readStepBackup(section.id);
    if (backup) reset({ ...defaultValues, ...backup });
    heading.current?.focus();
    return subscribe({ formState: { values: true }, callback: ({ values }) => writeStepBackup(section.id, values) });
    // The step mounts once per section (keyed by id); later default changes must not wipe typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [section.id]);

  const save = handleSubmit(async (answers) => {
    // Loaded already: the resolver needed it to check this step.
    const { saveStep } = await loadStepValidation();
    const outcome = await saveStep(section.id, section.questions.map((question) => question.id), answers);
    if (outcome.saved) {
      clearStepBackup(section.id);
      onSaved(answers, outcome.saved);
      return;
    }
    outcome.fields.forEach(({ field, message }, index) => setError(field, { type: "server", message }, { shouldFocus: index === 0 }));
    setFormError(outcome.message);
  });
  // The resolver throws only when the step check cannot be loaded (offline before the first edit was checked).
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    setFormError(undefined);
    save(event).catch(() => setFormError("We could not check this step. Your answers are kept on this device — check your connection and try again."));
  };

  // The first edit starts loading what comes next: the step check this step's save needs, the next steps' fields.
  const preload = () => {
    preloadStepCheck();
    preloadFields();
  };

  return (
    <form onSubmit={submit} onChange={preload} noValidate aria-labelledby={`${section.id}-title`} className="space-y-6">
      <div className="space-y-2">
        <h2 id={`${section.id}-title`} ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          {section.title}
        </h2>
        <p className="text-muted">{section.intro}</p>
      </div>
      {section.questions.map((question) => (
        <div key={question.id} className="rounded-lg border border-line bg-surface p-4">
          <QuestionField question={question} register={register} form={form} errors={formState.errors} />
        </div>
      ))}
      {formError && (
        <p role="alert" className="rounded-md border border-danger bg-surface p-3 font-medium text-danger">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap justify-between gap-3">
        {isFirst ? <span /> : (
          <Button variant="secondary" onClick={() => onBack(getValues())}>
            Back
          </Button>
        )}
        {/* Disabled in the server's HTML until the form is live (isReady): a click before would do nothing, and Enter in
            a field would have the browser submit the step itself, its answers in the address (a form submits on Enter
            only through an enabled submit button). */}
        <Button type="submit" disabled={!formState.isReady || formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : nextLabel}
        </Button>
      </div>
    </form>
  );
}
