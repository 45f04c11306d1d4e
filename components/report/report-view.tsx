import type { ReactNode } from "react";
import type { ReportDocument } from "@/lib/report/document";
import { ExecutiveSummary } from "./executive-summary";
import { PipelineTable } from "./pipeline-table";
import { ReportHeader } from "./report-header";
import { SinceLastTime } from "./since-last-time";
import { SectionBlock } from "./section-block";
import { SummaryInfographic } from "./summary-infographic";

/**
 * `pdfHref` null: no link or PDF actions (an admin reads the report by response id, without its private link; the
 * sample report has neither). `title` replaces "Your Dealmaker Index report" where the reader is not its participant.
 * `afterHeader` goes under the title block (a retake's links to its earlier reports).
 */
export function ReportView({
  report,
  createdAt,
  pdfHref,
  title,
  afterHeader,
}: {
  report: ReportDocument;
  createdAt: Date;
  pdfHref: string | null;
  title?: string;
  afterHeader?: ReactNode;
}) {
  const personal = report.summary.personal;
  return (
    <article className="space-y-10">
      <ReportHeader report={report} createdAt={createdAt} pdfHref={pdfHref} title={title} />
      {afterHeader}
      <SummaryInfographic report={report} />
      <ExecutiveSummary report={report} />
      <SinceLastTime report={report} />
      {report.pipeline && (
        <section aria-labelledby="pipeline-title" className="space-y-4">
          <h2 id="pipeline-title" className="text-2xl font-semibold">
            Pipeline coverage
          </h2>
          <PipelineTable pipeline={report.pipeline} />
        </section>
      )}
      <section aria-labelledby="detailed-title" className="space-y-6">
        <h2 id="detailed-title" className="text-2xl font-semibold">
          3 · Detailed analysis
        </h2>
        {report.detailed.map((section) => (
          <SectionBlock key={section.sectionId} section={section} />
        ))}
      </section>
      <section aria-labelledby="personal-title" className="space-y-6">
        <h2 id="personal-title" className="text-2xl font-semibold">
          4 · Personal Dealmaker Index
        </h2>
        <p className="text-lg">
          Personal index <strong>{personal.score === null ? "not available" : `${personal.score}%`}</strong>
          {personal.category && <span className="text-brand-strong"> — {personal.category.name}</span>}
        </p>
        {report.personal.paragraphs.map((p) => (
          <p key={p.key}>{p.text}</p>
        ))}
        {report.personal.sections.map((section) => (
          <SectionBlock key={section.sectionId} section={section} />
        ))}
      </section>
      <footer className="border-t border-line pt-4 text-xs text-muted">
        Report {report.versions.report} · narrative {report.versions.narrative} · scoring {report.versions.scoring} · survey{" "}
        {report.versions.instrument}
      </footer>
    </article>
  );
}
