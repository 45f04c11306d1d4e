"use client";
// Part E: a table of pipeline stages (3–12) plus the target for next quarter, whose label, help and unit name
// the period. Starts empty because the step is optional; one click fills in the six suggested stage names.
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import type { PipelineQuestion } from "@/lib/instrument";
import type { FormValues } from "@/lib/survey/field-names";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";

type Props = {
  question: PipelineQuestion;
  name: string;
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
};

type NestedError = { message?: string; stages?: ({ [k: string]: { message?: string } } | undefined)[] & { message?: string }; target?: { message?: string } };

const emptyStage = (name = "") => ({ name, count: null, value: null, conversionPct: null });
const input = "block min-h-11 w-full rounded-md border border-line bg-surface px-2 py-1 aria-invalid:border-danger";

export function PipelineField({ question, name, control, register, errors }: Props) {
  const { fields, append, remove, replace } = useFieldArray({ control, name: `${name}.stages` as never });
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
      {fields.length === 0 && (
        <Button variant="secondary" onClick={() => replace(question.suggestedStages.map((stage) => emptyStage(stage)))}>
          Use the {question.suggestedStages.length} suggested stages
        </Button>
      )}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="grid grid-cols-2 gap-2 rounded-md border border-line p-3 sm:grid-cols-5">
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
              <Button variant="ghost" onClick={() => remove(index)} aria-label={`Remove stage ${index + 1}`}>
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {fields.length > 0 && fields.length < question.maxStages && (
        <Button variant="secondary" onClick={() => append(emptyStage())}>
          Add a stage
        </Button>
      )}
      <FieldError id={`${name}-stages-error`} message={error?.stages?.message ?? error?.message} />
      {fields.length > 0 && (
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
