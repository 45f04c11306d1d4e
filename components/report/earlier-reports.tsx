// A retake report's earlier reports (docs/decisions/027-retake.md): each opens, as it was, through the link of the
// report being read, never the other way round.
import { formatReportDate } from "@/lib/report/format";

export interface EarlierReportLink {
  href: string;
  completedAt: Date;
  /** The overall index it gave, when it had one. */
  overall: number | null;
}

export function EarlierReports({ links, current }: { links: EarlierReportLink[]; current?: string }) {
  if (links.length === 0) return null;
  return (
    <nav aria-labelledby="earlier-reports-title" className="space-y-2 rounded-md border border-line bg-surface p-4 print:hidden">
      <h2 id="earlier-reports-title" className="text-lg font-semibold">
        Your earlier reports
      </h2>
      <ul className="space-y-1">
        {links.map((link) => (
          <li key={link.href}>
            {link.href === current ? (
              <span aria-current="page" className="font-medium">
                {formatReportDate(link.completedAt)} (this one)
              </span>
            ) : (
              <a href={link.href} className="inline-flex min-h-11 items-center font-medium text-brand-strong underline">
                {formatReportDate(link.completedAt)}
              </a>
            )}
            {link.overall === null ? null : <span className="text-muted"> · overall index {link.overall}%</span>}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">Each opens as it was then, through this report&apos;s private link.</p>
    </nav>
  );
}
