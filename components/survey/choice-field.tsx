import type { ChoiceQuestion } from "@/lib/instrument";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";
import { FieldFrame } from "./field-frame";
import type { FieldProps } from "./field-props";

// Long lists read better as a select; scales and short lists as radios, all visible at once.
const SELECT_ABOVE = 7;

export function ChoiceField({ question, name, register, error }: FieldProps<ChoiceQuestion>) {
  const helpId = `${name}-help`;
  const errorId = `${name}-error`;
  const described = describedBy(helpId, errorId, Boolean(error));
  const label = `${question.label}${question.required ? "" : " (optional)"}`;

  if (question.options.length > SELECT_ABOVE) {
    return (
      <FieldFrame name={name} label={label} help={question.help} error={error}>
        {(ariaDescribedBy) => (
          <select
            id={name}
            {...register(name)}
            aria-invalid={error ? true : undefined}
            aria-describedby={ariaDescribedBy}
            className="block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 aria-invalid:border-danger"
          >
            <option value="">Choose…</option>
            {question.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
    );
  }

  const scaleRow = question.options.length === 5 && question.scale !== "custom";
  return (
    <fieldset className="space-y-2" aria-describedby={described}>
      <legend className="font-medium">{label}</legend>
      <FieldHelp id={helpId}>{question.help}</FieldHelp>
      <div className={`grid gap-2 ${scaleRow ? "sm:grid-cols-5" : "sm:grid-cols-2"}`}>
        {question.options.map((option) => (
          <label
            key={option.value}
            // An unanswered group is outlined in red like an invalid select, until an option is chosen.
            className={`flex min-h-11 cursor-pointer items-center gap-2 rounded-md border bg-surface px-3 py-2 has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-2 has-focus-visible:outline-brand ${error ? "border-danger" : "border-line"}`}
          >
            <input
              type="radio"
              value={option.value}
              {...register(name)}
              className="size-4 accent-brand"
            />
            <span className="text-sm">{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
