// A list page's one-select filter (the Activity page's event, the Outbox's status): a GET form, so the filtered
// view has its own URL and loading it changes nothing.
import { Button } from "@/components/ui/button";

export function SelectFilterForm({
  formLabel,
  id,
  name,
  label,
  value,
  allLabel,
  options,
}: {
  formLabel: string;
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: readonly (readonly [value: string, label: string])[];
}) {
  return (
    <form method="get" aria-label={formLabel} className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-surface p-4">
      <div>
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        <select id={id} name={name} defaultValue={value ?? ""} className="mt-1 rounded-md border border-line bg-surface px-3 py-2">
          <option value="">{allLabel}</option>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
