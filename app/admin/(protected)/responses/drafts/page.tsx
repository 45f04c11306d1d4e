import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { findDraftsByContact } from "@/lib/db/admin-drafts";
import { serverEnv } from "@/lib/env";
import { RESPONSE_SEARCH_MAX_LENGTH } from "@/lib/admin/responses-query";
import { DeleteResponseButton } from "@/components/admin/delete-response-button";
import { Button } from "@/components/ui/button";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Unfinished surveys" };

const LIMIT = 50;
const when = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Erasure requests reach unfinished surveys too: what a participant typed before submitting lives only there. */
export default async function DraftsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireAdmin();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, RESPONSE_SEARCH_MAX_LENGTH) ?? "";
  const drafts = q.length >= 2 ? await findDraftsByContact(q, LIMIT) : [];
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Unfinished surveys</h1>
      <p className="max-w-prose">
        Find an unfinished survey by the name, email or company typed into it, to erase it on the participant&apos;s
        request. Unfinished surveys are deleted {serverEnv().DRAFT_RETENTION_DAYS} days after their last save in any case.
      </p>
      <form method="get" role="search" aria-label="Search unfinished surveys" className="flex flex-wrap items-end gap-3 rounded-md border border-line bg-surface p-4">
        <div>
          <label htmlFor="drafts-q" className="block font-medium">
            Name, email or company
          </label>
          <input id="drafts-q" name="q" defaultValue={q} minLength={2} maxLength={RESPONSE_SEARCH_MAX_LENGTH} className="mt-1 rounded-md border border-line bg-surface px-3 py-2" />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {q.length < 2 ? (
        <p className="text-muted">Type at least two characters.</p>
      ) : drafts.length === 0 ? (
        <p className="text-muted">No unfinished survey matches “{q}”.</p>
      ) : (
        <ScrollTable label="Unfinished surveys">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Unfinished surveys matching the search</caption>
            <thead className="border-b border-line text-left">
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Started</th>
                <th scope="col">Last saved</th>
                <th scope="col">Erase</th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((draft) => (
                <tr key={draft.id} className="border-b border-line">
                  <td>{draft.email ?? "—"}</td>
                  <td>{draft.name ?? "—"}</td>
                  <td>{draft.companyName ?? "—"}</td>
                  <td>{when(draft.startedAt)}</td>
                  <td>{when(draft.updatedAt)}</td>
                  <td>
                    <DeleteResponseButton id={draft.id} label={`the unfinished survey of ${draft.email ?? draft.name ?? draft.companyName}`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
