"use client";
import { lazy, Suspense } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { Question } from "@/lib/instrument";
import { toFieldName, type FormValues } from "@/lib/survey/field-names";
import { ChoiceField } from "./choice-field";
import { errorMessage, type RowMethods } from "./field-props";
import { NumberField } from "./number-field";
import { ConsentField, TextField } from "./text-field";

// Only the last, optional step has a pipeline table, and only the sales numbers step amounts of money: their code
// loads when that step is shown.
const PipelineField = lazy(() => import("./pipeline-field").then((module) => ({ default: module.PipelineField })));
const MoneyField = lazy(() => import("./money-field").then((module) => ({ default: module.MoneyField })));

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
      return question.unit === "currency" ? (
        <Suspense>
          <MoneyField question={question} form={form} {...common} />
        </Suspense>
      ) : (
        <NumberField question={question} {...common} />
      );
    case "text":
      return <TextField question={question} {...common} />;
    case "consent":
      return <ConsentField question={question} {...common} />;
    case "pipeline":
      return (
        <Suspense>
          <PipelineField question={question} name={name} form={form} register={register} errors={errors} />
        </Suspense>
      );
  }
}
