import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/require-admin";
import { countOutboxMailsByStatus, listOutboxMails } from "@/lib/db/outbox-mails";
import { serverEnv } from "@/lib/env";
import { OUTBOX_PAGE_SIZE, parseOutboxQuery } from "@/lib/admin/outbox-query";
import { MAIL_STATUSES } from "@/lib/mail/kinds";
import { OutboxMailCard } from "@/components/admin/outbox-mail-card";
import { SelectFilterForm } from "@/components/admin/select-filter-form";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const env = serverEnv();
  const query = parseOutboxQuery(await searchParams);
  const [mails, counts] = await Promise.all([
    listOutboxMails({ status: query.status, before: query.before, limit: OUTBOX_PAGE_SIZE }),
    countOutboxMailsByStatus(),
  ]);
  const last = mails.at(-1);
  const next =
    mails.length === OUTBOX_PAGE_SIZE && last
      ? `/admin/outbox?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), before: last.createdAt.toISOString() })}`
      : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Outbox</h1>
      <div className="max-w-prose space-y-2">
        <p>
          Every mail sent to a participant: the report link after a submission (with their consent) and the links to
          continue a survey they asked for, newest first. A mail is deleted after {env.MAIL_RETENTION_DAYS} days, and with
          the participant&apos;s response when it is erased.
        </p>
        <p role="note" className="rounded-md border border-line bg-surface p-3">
          {env.SMTP_URL
            ? "Mail is sent over SMTP by the job worker, with retries. Once a mail is sent (or has failed for good) its text is no longer kept: it holds the participant's private link."
            : "SMTP_URL is not set, so no mail leaves this server: each one is stored here instead, with its text, which holds the participant's private link."}
        </p>
      </div>
      <SelectFilterForm
        formLabel="Filter mails"
        id="outbox-status"
        name="status"
        label="Status"
        value={query.status}
        allLabel={`All (${Object.values(counts).reduce((sum, n) => sum + n, 0)})`}
        options={Object.entries(MAIL_STATUSES).map(([status, label]) => [status, `${label} (${counts[status] ?? 0})`] as const)}
      />
      {mails.length === 0 ? (
        <p className="text-muted">No mails{query.status ? " with this status" : ""} yet.</p>
      ) : (
        <ol aria-label="Mails, newest first" className="space-y-3">
          {mails.map((mail) => (
            <li key={mail.id}>
              <OutboxMailCard mail={mail} />
            </li>
          ))}
        </ol>
      )}
      {next ? (
        <Link href={next as Route} className="font-medium text-brand-strong underline">
          Older mails
        </Link>
      ) : null}
    </div>
  );
}
