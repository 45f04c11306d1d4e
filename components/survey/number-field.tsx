import type { NumberQuestion } from "@/lib/instrument";
import { FieldFrame } from "./field-frame";
import type { FieldProps } from "./field-props";

const UNIT_LABEL: Record<NumberQuestion["unit"], string> = {
  opportunities: "opportunities",
  deals: "deals",
  currency: "amount",
  days: "days",
  percent: "%",
};

export function NumberField({ question, name, register, error }: FieldProps<NumberQuestion>) {
  return (
    <FieldFrame name={name} label={`${question.label}${question.required ? "" : " (optional)"}`} help={question.help} error={error}>
      {(ariaDescribedBy) => (
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
            aria-describedby={ariaDescribedBy}
            className="block min-h-11 w-full max-w-xs rounded-md border border-line bg-surface px-3 py-2 aria-invalid:border-danger"
          />
          <span className="text-sm text-muted" aria-hidden="true">
            {UNIT_LABEL[question.unit]}
          </span>
        </div>
      )}
    </FieldFrame>
  );
}
