import type { ConsentQuestion, TextQuestion } from "@/lib/instrument";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";
import { FieldFrame } from "./field-frame";
import type { FieldProps } from "./field-props";

export function TextField({ question, name, register, error }: FieldProps<TextQuestion>) {
  return (
    <FieldFrame name={name} label={`${question.label}${question.required ? "" : " (optional)"}`} help={question.help} error={error}>
      {(ariaDescribedBy) => (
        <input
          id={name}
          type={question.format === "email" ? "email" : "text"}
          autoComplete={question.autocomplete}
          maxLength={question.maxLength}
          {...register(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ariaDescribedBy}
          className="block min-h-11 w-full rounded-md border border-line bg-surface px-3 py-2 aria-invalid:border-danger"
        />
      )}
    </FieldFrame>
  );
}

export function ConsentField({ question, name, register, error }: FieldProps<ConsentQuestion>) {
  const helpId = `${name}-help`;
  const errorId = `${name}-error`;
  return (
    <div className="space-y-2">
      <label className="flex items-start gap-3 font-medium">
        <input
          type="checkbox"
          {...register(name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(helpId, errorId, Boolean(error))}
          className="mt-1 size-5 accent-brand"
        />
        <span>{question.label}</span>
      </label>
      <FieldHelp id={helpId}>{question.help}</FieldHelp>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
