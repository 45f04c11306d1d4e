import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listAuditEvents } from "@/lib/db/audit-events";
import { AUDIT_ACTIONS, isAuditAction } from "@/lib/audit/actions";
import { ACTIVITY_PAGE_SIZE, parseActivityQuery } from "@/lib/audit/activity-query";
import { SelectFilterForm } from "@/components/admin/select-filter-form";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Activity" };

const when = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
const detailText = (details: Record<string, unknown>) =>
  Object.entries(details)
    .filter(([, value]) => value !== null && value !== "")
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(" · ");

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const query = parseActivityQuery(await searchParams);
  const events = await listAuditEvents({ action: query.action, beforeId: query.beforeId, limit: ACTIVITY_PAGE_SIZE });
  const last = events.at(-1);
  const next = events.length === ACTIVITY_PAGE_SIZE && last ? `/admin/activity?${new URLSearchParams({ ...(query.action ? { action: query.action } : {}), before: last.id })}` : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Activity</h1>
      <p className="max-w-prose">
        Every sign-in (and every failed or refused one), API token change, export, erasure and re-score, newest first. The
        same events go to the server log with their request id.
      </p>
      <SelectFilterForm
        formLabel="Filter activity"
        id="activity-action"
        name="action"
        label="Event"
        value={query.action}
        allLabel="All events"
        options={Object.entries(AUDIT_ACTIONS)}
      />
      {events.length === 0 ? (
        <p className="text-muted">No events{query.action ? " of this kind" : ""} yet.</p>
      ) : (
        <ScrollTable label="Admin activity">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Admin activity, newest first</caption>
            <thead className="border-b border-line text-left">
              <tr>
                <th scope="col">When</th>
                <th scope="col">Event</th>
                <th scope="col">Admin</th>
                <th scope="col">Address</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-line">
                  <td>{when(event.at)}</td>
                  <td>{isAuditAction(event.action) ? AUDIT_ACTIONS[event.action] : event.action}</td>
                  <td>{event.actor}</td>
                  <td>{event.address ?? "—"}</td>
                  <td>{detailText(event.details) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {next ? (
        <Link href={next as Route} className="font-medium text-brand-strong underline">
          Older events
        </Link>
      ) : null}
    </div>
  );
}
