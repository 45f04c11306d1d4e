"use client";
import { lazy, Suspense } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { Question } from "@/lib/instrument";
import { toFieldName, type FormValues } from "@/lib/survey/field-names";
import { ChoiceField } from "./choice-field";
import { errorMessage, type RowMethods } from "./field-props";

// The first step asks only choice questions, so every other kind of field loads when a step that has one is shown
// (decision 008b): text and the consent box on the contact step, numbers and money on the sales numbers step, the
// pipeline table on the last, optional step. Each renders on the server as before, so a step opened by its address
// shows at once.
const loadTextFields = () => import("./text-field");
const loadNumberField = () => import("./number-field");
const TextField = lazy(() => loadTextFields().then((module) => ({ default: module.TextField })));
const ConsentField = lazy(() => loadTextFields().then((module) => ({ default: module.ConsentField })));
const NumberField = lazy(() => loadNumberField().then((module) => ({ default: module.NumberField })));
const MoneyField = lazy(() => import("./money-field").then((module) => ({ default: module.MoneyField })));
const PipelineField = lazy(() => import("./pipeline-field").then((module) => ({ default: module.PipelineField })));

/** Fetches the next steps' fields while the participant is busy with this one, so the next step shows whole at once. */
export function preloadFields(): void {
  for (const load of [loadTextFields, loadNumberField]) load().catch(() => undefined); // a failed load is retried when shown
}

type Props = {
  question: Question;
  register: UseFormRegister<FormValues>;
  form: RowMethods;
  errors: FieldErrors<FormValues>;
};

export function QuestionField({ question, register, form, errors }: Props) {
  const name = toFieldName(question.id);
  const common = { name, register, error: errorMessage(errors, name) };
  switch (question.kind) {
    case "choice":
      return <ChoiceField question={question} {...common} />;
    case "number":
      return (
        <Suspense>
          {question.unit === "currency" ? <MoneyField question={question} form={form} {...common} /> : <NumberField question={question} {...common} />}
        </Suspense>
      );
    case "text":
      return (
        <Suspense>
          <TextField question={question} {...common} />
        </Suspense>
      );
    case "consent":
      return (
        <Suspense>
          <ConsentField question={question} {...common} />
        </Suspense>
      );
    case "pipeline":
      return (
        <Suspense>
          <PipelineField question={question} name={name} form={form} register={register} errors={errors} />
        </Suspense>
      );
  }
}
