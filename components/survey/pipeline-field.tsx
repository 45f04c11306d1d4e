"use client";
// Part E: a table of pipeline stages (3–12) plus the target for next quarter, whose label, help and unit name
// the period. Starts empty because the step is optional; one click fills in the six suggested stage names.
// Rows are added and removed with the form's own setValue and unregister rather than useFieldArray: react-hook-form
// is a single module, so a hook used here would load with every survey step (useFieldArray is 1.6 kB gzip of the
// survey's first load, decision 008b). Rows are keyed by position: removing one writes the rows below it one place
// up, and the last row's fields are unregistered.
import { useEffect, useState } from "react";
import { get, type FieldErrors, type UseFormRegister } from "react-hook-form";
import type { PipelineQuestion } from "@/lib/instrument";
import type { FormValues } from "@/lib/survey/field-names";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";
import type { RowMethods } from "./field-props";

type Props = {
  question: PipelineQuestion;
  name: string;
  form: RowMethods;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
};

type Message = { message?: string };
// A message for the whole list sits under `root` while rows are shown (step-resolver.ts), on the list itself otherwise.
type NestedError = Message & { stages?: Record<number, Record<string, Message> | undefined> & Message & { root?: Message }; target?: Message };

const emptyStage = (name = "") => ({ name, count: null, value: null, conversionPct: null });
const rowCount = (stages: unknown) => (Array.isArray(stages) ? stages.length : 0);
const input = "block min-h-11 w-full rounded-md border border-line bg-surface px-2 py-1 aria-invalid:border-danger";

export function PipelineField({ question, name, form, register, errors }: Props) {
  const stagesName = `${name}.stages`;
  const { getValues, setValue, unregister, subscribe, trigger, formState } = form;
  const [rows, setRows] = useState(() => rowCount(getValues(stagesName)));
  // The rows follow the form's values, which can also change under the table (typing restored after a reload).
  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => setRows(rowCount(get(values, stagesName))) }),
    [subscribe, stagesName],
  );
  const setStages = (stages: unknown[]) => {
    const before = rowCount(getValues(stagesName));
    setValue(stagesName, stages);
    for (let index = stages.length; index < before; index++) unregister(`${stagesName}.${index}`);
    setRows(stages.length);
    // After a submit, the list's messages follow its rows at once, as they follow typing.
    if (formState.isSubmitted) trigger(name).catch(() => undefined);
  };
  const stages = () => (getValues(stagesName) as unknown[] | undefined) ?? [];
  const error = errors[name] as NestedError | undefined;
  const cell = (index: number, key: string) => error?.stages?.[index]?.[key]?.message;
  const targetId = `${name}-target`;
  const targetError = error?.target?.message;
  const numberCell = (index: number, key: "count" | "value" | "conversionPct", label: string) => (
    <label className="block text-xs text-muted">
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        {...register(`${name}.stages.${index}.${key}`, { valueAsNumber: true })}
        aria-invalid={cell(index, key) ? true : undefined}
        className={input}
      />
      <FieldError id={`${name}-${index}-${key}-error`} message={cell(index, key)} />
    </label>
  );

  return (
    <fieldset className="space-y-3" aria-describedby={`${name}-help`}>
      <legend className="font-medium">{question.label} (optional)</legend>
      <FieldHelp id={`${name}-help`}>{question.help}</FieldHelp>
      {rows === 0 && (
        <Button variant="secondary" onClick={() => setStages(question.suggestedStages.map((stage) => emptyStage(stage)))}>
          Use the {question.suggestedStages.length} suggested stages
        </Button>
      )}
      <ol className="space-y-3">
        {Array.from({ length: rows }, (_, index) => (
          <li key={index} className="grid grid-cols-2 gap-2 rounded-md border border-line p-3 sm:grid-cols-5">
            <label className="col-span-2 block text-xs text-muted sm:col-span-1">
              Stage {index + 1} name
              <input
                {...register(`${name}.stages.${index}.name`)}
                maxLength={question.stageNameMaxLength}
                aria-invalid={cell(index, "name") ? true : undefined}
                className={input}
              />
              <FieldError id={`${name}-${index}-name-error`} message={cell(index, "name")} />
            </label>
            {numberCell(index, "count", "Deals now")}
            {numberCell(index, "value", "Value now")}
            {numberCell(index, "conversionPct", "% won from here")}
            <div className="flex items-end">
              <Button variant="ghost" onClick={() => setStages(stages().filter((_, row) => row !== index))} aria-label={`Remove stage ${index + 1}`}>
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {rows > 0 && rows < question.maxStages && (
        <Button variant="secondary" onClick={() => setStages([...stages(), emptyStage()])}>
          Add a stage
        </Button>
      )}
      <FieldError id={`${name}-stages-error`} message={error?.stages?.root?.message ?? error?.stages?.message ?? error?.message} />
      {rows > 0 && (
        <div className="space-y-2">
          <label htmlFor={targetId} className="block font-medium">
            {question.targetLabel}
          </label>
          <FieldHelp id={`${targetId}-help`}>{question.targetHelp}</FieldHelp>
          <div className="flex max-w-sm items-center gap-2">
            <input
              id={targetId}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              {...register(`${name}.target`, { valueAsNumber: true })}
              aria-invalid={targetError ? true : undefined}
              aria-describedby={describedBy(`${targetId}-help`, `${targetId}-error`, Boolean(targetError))}
              className={input}
            />
            <span className="shrink-0 text-sm text-muted" aria-hidden="true">
              amount for the quarter
            </span>
          </div>
          <FieldError id={`${targetId}-error`} message={targetError} />
        </div>
      )}
    </fieldset>
  );
}
