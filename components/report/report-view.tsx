import type { ReportDocument } from "@/lib/report/document";
import { CopyLinkButton } from "./copy-link-button";
import { ExecutiveSummary } from "./executive-summary";
import { PipelineTable } from "./pipeline-table";
import { SectionBlock } from "./section-block";
import { SummaryInfographic } from "./summary-infographic";

export function ReportView({ report, pdfHref }: { report: ReportDocument; pdfHref: string }) {
  const profile = [report.profile.industry, report.profile.companySize && `${report.profile.companySize} employees`, report.profile.region]
    .filter(Boolean)
    .join(" · ");
  const personal = report.summary.personal;
  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Your Dealmaker Index report</h1>
        {profile && <p className="text-muted">{profile}</p>}
        <div className="flex flex-wrap gap-3 print:hidden">
          <CopyLinkButton />
          <a
            href={pdfHref}
            className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong"
          >
            Download PDF
          </a>
        </div>
      </header>
      <SummaryInfographic report={report} />
      <ExecutiveSummary report={report} />
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
