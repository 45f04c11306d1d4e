// The report's title block: who it is for, when it was made, and the PDF on the reader's likely paper or the other.
import type { ReportDocument } from "@/lib/report/document";
import { formatReportDate } from "@/lib/report/format";
import { profileLine } from "@/lib/report/profile-line";
import { paperSizeFor, type PaperSize } from "@/lib/report/pdf-download";
import { CopyLinkButton } from "./copy-link-button";

const PAPER: Record<PaperSize, string> = { a4: "A4", letter: "US Letter" };

export function ReportHeader({
  report,
  createdAt,
  pdfHref,
  title = "Your Dealmaker Index report",
}: {
  report: ReportDocument;
  createdAt: Date;
  pdfHref: string | null;
  title?: string;
}) {
  const profile = profileLine(report.profile);
  const paper = paperSizeFor(null, report.profile.region);
  const other: PaperSize = paper === "a4" ? "letter" : "a4";
  const company = report.participant?.company;
  return (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {company && <p className="text-xl font-semibold text-brand-strong">{company}</p>}
      {profile && <p className="text-muted">{profile}</p>}
      <p className="text-sm text-muted">
        Report of <time dateTime={createdAt.toISOString().slice(0, 10)}>{formatReportDate(createdAt)}</time>
      </p>
      {pdfHref === null ? null : (
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <CopyLinkButton />
          <a
            href={`${pdfHref}?size=${paper}`}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
          >
            Download PDF
          </a>
          <span className="text-sm text-muted">
            {PAPER[paper]} paper ·{" "}
            <a href={`${pdfHref}?size=${other}`} className="inline-flex min-h-11 items-center font-medium text-brand underline hover:text-brand-strong">
              {PAPER[other]} PDF
            </a>
          </span>
        </div>
      )}
    </header>
  );
}
