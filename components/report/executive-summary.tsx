import type { ReportDocument } from "@/lib/report/document";
import { ActionList, actionsHeading } from "./action-list";
import { AnswerTensionList } from "./answer-tension-list";
import { PeerNumbers } from "./peer-numbers";
import { PerceptionGapList } from "./perception-gap-list";
import { SalesNumbers } from "./sales-numbers";

export function ExecutiveSummary({ report }: { report: ReportDocument }) {
  const { overall } = report.summary;
  return (
    <section aria-labelledby="executive-title" className="space-y-6">
      <h2 id="executive-title" className="text-2xl font-semibold">
        2 · Executive summary
      </h2>
      <div className="space-y-3">
        <h3 className="text-lg font-semibold">
          Dealmaker Index {overall.score === null ? "not available" : `${overall.score}%`}
          {overall.category && <span className="text-brand-strong"> — {overall.category.name}</span>}
        </h3>
        {report.executive.overall.map((p) => (
          <p key={p.key}>{p.text}</p>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {report.executive.indices.map((index) => (
          <article key={index.key} className="space-y-2 rounded-lg border border-line bg-surface p-4 print:break-inside-avoid">
            <div className="flex items-baseline justify-between gap-2">
              <h3 className="font-semibold">{index.name}</h3>
              <span className="text-xl font-bold">{index.score === null ? "n/a" : `${index.score}%`}</span>
            </div>
            {index.potential && (
              <p className="text-sm">
                Revenue increase potential: <strong>{index.potential}</strong>
              </p>
            )}
            <p className="text-sm text-muted">{index.explains}</p>
            {index.paragraphs.map((p) => (
              <p key={p.key} className="text-sm">
                {p.text}
              </p>
            ))}
          </article>
        ))}
      </div>
      <PerceptionGapList gaps={report.perceptionGaps} />
      <AnswerTensionList tensions={report.tensions} />
      <div className="space-y-3">
        <h3 className="text-lg font-semibold">Your sales numbers</h3>
        <SalesNumbers sales={report.executive.sales} />
      </div>
      <PeerNumbers report={report} />
      <div className="space-y-3">
        <h3 className="text-lg font-semibold">{actionsHeading(report.executive.actions.length)}</h3>
        <ActionList actions={report.executive.actions} lead={report.executive.actionsLead} />
      </div>
    </section>
  );
}
