import type { ResponsesQuery } from "@/lib/admin/responses-query";
import { RESPONSE_SEARCH_MAX_LENGTH } from "@/lib/admin/responses-query";
import { COMPANY_SIZE_OPTIONS, INDUSTRY_OPTIONS } from "@/components/admin/labels";
import { Button } from "@/components/ui/button";

const fieldClass = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";

/** A plain GET form: the search lives in the URL, so results can be bookmarked and paged without JavaScript. */
export function ResponsesFilters({ query }: { query: ResponsesQuery }) {
  return (
    <form method="get" role="search" aria-label="Search responses" className="grid gap-3 rounded-md border border-line bg-surface p-4 sm:grid-cols-3">
      <label className="text-sm font-medium sm:col-span-3">
        Company name or email (consented participants only)
        <input name="q" type="search" defaultValue={query.q} maxLength={RESPONSE_SEARCH_MAX_LENGTH} className={fieldClass} />
      </label>
      <label className="text-sm font-medium">
        Industry
        <select name="industry" defaultValue={query.industry ?? ""} className={fieldClass}>
          <option value="">Any industry</option>
          {INDUSTRY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Company size
        <select name="companySize" defaultValue={query.companySize ?? ""} className={fieldClass}>
          <option value="">Any size</option>
          {COMPANY_SIZE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-sm font-medium">
          Completed from
          <input name="from" type="date" defaultValue={query.from} className={fieldClass} />
        </label>
        <label className="text-sm font-medium">
          to
          <input name="to" type="date" defaultValue={query.to} className={fieldClass} />
        </label>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="sm:col-span-3">
        <Button type="submit">Search</Button>
      </div>
    </form>
  );
}
