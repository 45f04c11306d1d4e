import type { ReactNode } from "react";
import { describedBy, FieldError, FieldHelp } from "@/components/ui/field-message";

type Props = {
  name: string;
  label: string;
  help: string;
  error?: string;
  /** Renders the control with the aria-describedby value that ties it to its help and error. */
  children: (ariaDescribedBy: string) => ReactNode;
};

/** Label above, help under it, the control, then the error: the same frame for every single-control question. */
export function FieldFrame({ name, label, help, error, children }: Props) {
  const helpId = `${name}-help`;
  const errorId = `${name}-error`;
  return (
    <div className="space-y-2">
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <FieldHelp id={helpId}>{help}</FieldHelp>
      {children(describedBy(helpId, errorId, Boolean(error)))}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
