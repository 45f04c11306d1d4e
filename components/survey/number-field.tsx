import type { NumberQuestion } from "@/lib/instrument";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";
import type { FieldProps } from "./field-props";

const UNIT_LABEL: Record<NumberQuestion["unit"], string> = {
  opportunities: "opportunities",
  deals: "deals",
  currency: "amount",
  days: "days",
  percent: "%",
};

export function NumberField({ question, name, register, error }: FieldProps<NumberQuestion>) {
  const helpId = `${name}-help`;
  const errorId = `${name}-error`;
  return (
    <div className="space-y-2">
      <label htmlFor={name} className="block font-medium">
        {question.label}
        {question.required ? "" : " (optional)"}
      </label>
      <FieldHelp id={helpId}>{question.help}</FieldHelp>
      <div className="flex items-center gap-2">
        <input
          id={name}
          type="number"
          inputMode={question.integer ? "numeric" : "decimal"}
          min={question.min}
          max={question.max}
          step={question.integer ? 1 : "any"}
          {...register(name, { valueAsNumber: true })}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(helpId, errorId, Boolean(error))}
          className="block min-h-11 w-full max-w-xs rounded-md border border-line bg-surface px-3 py-2 aria-invalid:border-danger"
        />
        <span className="text-sm text-muted" aria-hidden="true">
          {UNIT_LABEL[question.unit]}
        </span>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
