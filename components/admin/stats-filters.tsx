// The peer filters shared by every dashboard: a plain GET form, so a filtered view is a URL that can be
// bookmarked, shared and used without JavaScript. Other params of the page ride along as hidden fields.
import { DIMENSIONS, DIMENSION_LABELS, dimensionOptions, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { Button } from "@/components/ui/button";

const fieldClass = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";

export function StatsFilters({ filter, keep = {} }: { filter: AdminFilter; keep?: Record<string, string> }) {
  return (
    <form method="get" aria-label="Filter by peer group" className="grid gap-3 rounded-md border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-5">
      {DIMENSIONS.map((dimension) => (
        <label key={dimension} className="text-sm font-medium">
          {DIMENSION_LABELS[dimension]}
          <select name={dimension} defaultValue={filter[dimension] ?? ""} className={fieldClass}>
            <option value="">Any</option>
            {dimensionOptions(dimension).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex items-end">
        <Button type="submit" className="w-full">Apply filters</Button>
      </div>
    </form>
  );
}

/** Shown instead of the data when the URL holds a value the page does not understand. */
export function BadQuery({ problems, resetHref }: { problems: string[]; resetHref: string }) {
  return (
    <div role="alert" className="space-y-2 rounded-md border border-danger bg-surface p-4">
      <p className="font-semibold text-danger">This page&apos;s address has values it cannot use:</p>
      <ul className="list-disc pl-5 text-sm">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p className="text-sm">
        <a href={resetHref} className="text-brand-strong underline">Show the page without filters</a>
      </p>
    </div>
  );
}

export function SuppressedNote({ threshold }: { threshold: number }) {
  return (
    <p className="text-sm text-muted">
      Groups with fewer than {threshold} responses are hidden (“suppressed”), and so is the next-smallest group
      when one hidden group could otherwise be worked out from the total.
    </p>
  );
}
