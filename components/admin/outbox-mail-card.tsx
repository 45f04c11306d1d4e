// One mail on the admin's Outbox page: who it went to, what it was, what became of it, and its text while kept.
import type { OutboxListItem } from "@/lib/db/outbox-mails";
import { isMailKind, isMailStatus, MAIL_KINDS, MAIL_STATUSES } from "@/lib/mail/kinds";

const when = (date: Date) => `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;

const STATUS_STYLE: Record<string, string> = {
  sent: "border-ok",
  failed: "border-danger",
};

export function OutboxMailCard({ mail }: { mail: OutboxListItem }) {
  const status = isMailStatus(mail.status) ? MAIL_STATUSES[mail.status] : mail.status;
  return (
    <article aria-label={`${mail.subject} to ${mail.toAddress}`} className={`rounded-md border-l-4 ${STATUS_STYLE[mail.status] ?? "border-line"} bg-surface p-3`}>
      <h2 className="font-semibold break-words">{mail.subject}</h2>
      <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">To</dt>
        <dd className="break-all">{mail.toAddress}</dd>
        <dt className="text-muted">Kind</dt>
        <dd>{isMailKind(mail.kind) ? MAIL_KINDS[mail.kind] : mail.kind}</dd>
        <dt className="text-muted">Status</dt>
        <dd>
          {status}
          {mail.attempts > 0 ? ` · ${mail.attempts} ${mail.attempts === 1 ? "attempt" : "attempts"}` : ""}
        </dd>
        <dt className="text-muted">Created</dt>
        <dd>{when(mail.createdAt)}</dd>
        {mail.sentAt ? (
          <>
            <dt className="text-muted">Sent</dt>
            <dd>{when(mail.sentAt)}</dd>
          </>
        ) : null}
        {mail.lastError ? (
          <>
            <dt className="text-muted">Last error</dt>
            <dd className="break-words text-danger">{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      {mail.textBody ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium">Read the mail</summary>
          <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{mail.textBody}</pre>
        </details>
      ) : null}
    </article>
  );
}
