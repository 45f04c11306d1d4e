import type { ReportDocument } from "@/lib/report/document";
import { otherResponses, peersHigher } from "@/lib/report/relative-wording";
import { Gauge } from "./gauge";
import { IndexBars } from "./index-bars";

export function relativeText(relative: ReportDocument["summary"]["overall"]["relative"]) {
  if (!relative) return "No peers to compare with yet";
  return peersHigher(relative);
}

export function SummaryInfographic({ report }: { report: ReportDocument }) {
  const { overall, personal } = report.summary;
  return (
    <section aria-labelledby="summary-title" className="space-y-6 rounded-xl border border-line bg-surface p-6 print:break-inside-avoid">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="summary-title" className="text-2xl font-semibold">
          1 · Summary
        </h2>
        {report.peerGroup && (
          <p className="text-sm text-muted">
            Peer group: {report.peerGroup.label} ({otherResponses(report.peerGroup.size)})
          </p>
        )}
      </div>
      <div className="grid items-start gap-6 sm:grid-cols-2">
        <div className="flex flex-col items-center gap-2 text-center">
          <Gauge value={overall.score} label="Dealmaker Index" caption={overall.category?.name} peerMedian={overall.peerMedian} />
          <p className="text-sm font-medium">{relativeText(overall.relative)}</p>
        </div>
        <div className="flex flex-col items-center gap-2 text-center">
          <Gauge value={personal.score} label="Personal index" caption={personal.category?.name} peerMedian={personal.peerMedian} />
          <p className="text-sm font-medium">{relativeText(personal.relative)}</p>
        </div>
      </div>
      <IndexBars
        title="The four sub-indices of the Dealmaker Index, with the peer median marked"
        bars={report.executive.indices.map((index) => ({ key: index.key, name: index.name, score: index.score, peerMedian: index.peerMedian }))}
      />
    </section>
  );
}
