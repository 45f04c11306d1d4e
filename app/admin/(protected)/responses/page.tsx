import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listResponses } from "@/lib/db/admin-responses";
import {
  RESPONSES_MAX_PAGE,
  RESPONSES_PAGE_SIZE,
  parseResponsesQuery,
  responsesQueryString,
} from "@/lib/admin/responses-query";
import { ResponsesFilters } from "@/components/admin/responses-filters";
import { ResponsesTable } from "@/components/admin/responses-table";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Responses" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResponsesPage({ searchParams }: Props) {
  await requireAdmin();
  const query = parseResponsesQuery(await searchParams);
  const { items, total } = await listResponses(query, RESPONSES_PAGE_SIZE);
  const pages = Math.min(Math.max(1, Math.ceil(total / RESPONSES_PAGE_SIZE)), RESPONSES_MAX_PAGE);
  const pageLink = (page: number) => `/admin/responses${responsesQueryString(query, { page })}` as Route;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Responses</h1>
      <p className="text-sm">
        Completed responses (Pool: Out, kept out of the benchmark pool by the participant, counts in no benchmark). An
        erasure request may also concern{" "}
        <Link href="/admin/responses/drafts" className="font-medium text-brand-strong underline">
          unfinished surveys
        </Link>
        .
      </p>
      <ResponsesFilters query={query} />
      <form method="get" action="/admin/export.csv" className="flex flex-wrap items-center gap-3 text-sm">
        {query.industry ? <input type="hidden" name="industry" value={query.industry} /> : null}
        {query.companySize ? <input type="hidden" name="companySize" value={query.companySize} /> : null}
        {query.from ? <input type="hidden" name="from" value={query.from} /> : null}
        {query.to ? <input type="hidden" name="to" value={query.to} /> : null}
        <label className="flex items-center gap-2">
          <input type="checkbox" name="contact" value="1" />
          Include contact details (only of participants who consented)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="pool" value="all" />
          Include responses kept out of the pool
        </label>
        <Button type="submit" variant="secondary">
          Download CSV
        </Button>
        <Link href="/admin/export-columns" className="font-medium text-brand-strong underline">
          What each column holds
        </Link>
      </form>
      <p className="text-sm text-muted" aria-live="polite">
        {total.toLocaleString("en")} matching completed {total === 1 ? "response" : "responses"}
        {total > 0 ? ` · page ${query.page} of ${pages}` : ""}
      </p>
      <ResponsesTable items={items} query={query} />
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4">
          {query.page > 1 ? <Link href={pageLink(query.page - 1)}>← Previous page</Link> : null}
          {query.page < pages ? <Link href={pageLink(query.page + 1)}>Next page →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
