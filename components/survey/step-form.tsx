"use client";
// One survey step: its questions, validated on the client with the step check (loaded on the first edit), then
// saved to the server (which re-checks it with the step's zod schema) before moving on.
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { Answers, Section } from "@/lib/instrument";
import { errorBody, type ErrorBody } from "@/lib/http/error-body";
import type { SaveStepResponse } from "@/lib/survey/api";
import type { FormValues } from "@/lib/survey/field-names";
import { serverErrorsToFieldPaths } from "@/lib/survey/server-errors";
import { preloadStepCheck, stepResolver } from "@/lib/survey/step-resolver";
import { Button } from "@/components/ui/button";
import { QuestionField } from "./question-field";
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
    let response: Response;
    try {
      response = await fetch("/api/survey/steps", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sectionId: section.id, answers }),
      });
    } catch {
      setFormError("We could not reach the server. Your answers are kept on this device — check your connection and try again.");
      return;
    }
    if (response.ok) {
      clearStepBackup(section.id);
      onSaved(answers, (await response.json()) as SaveStepResponse);
      return;
    }
    const body = (await response.json().catch(() => errorBody("The server could not save this step."))) as ErrorBody;
    const ids = section.questions.map((question) => question.id);
    serverErrorsToFieldPaths(body.error.fields, ids).forEach(({ field, message }, index) =>
      setError(field, { type: "server", message }, { shouldFocus: index === 0 }),
    );
    // A refusal for too many saves (429) keeps the answers too: the step's backup is only cleared once it is saved.
    setFormError(response.status === 429 ? `${body.error.message} Your answers are kept on this device.` : body.error.message);
  });
  // The resolver throws only when the step check cannot be loaded (offline before the first edit was checked).
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    setFormError(undefined);
    save(event).catch(() => setFormError("We could not check this step. Your answers are kept on this device — check your connection and try again."));
  };

  return (
    <form onSubmit={submit} onChange={preloadStepCheck} noValidate aria-labelledby={`${section.id}-title`} className="space-y-6">
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
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : nextLabel}
        </Button>
      </div>
    </form>
  );
}
