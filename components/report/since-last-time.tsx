// "Since last time": shown only in a report with earlier ones. The paragraph naming the largest changes, what the
// comparison leaves out, the table of every figure then and now, and with three or more earlier reports a small
// trend chart per index.
import type { ReportDocument } from "@/lib/report/document";
import { ChangeTable } from "./change-table";
import { TrendChart } from "./trend-chart";

export function SinceLastTime({ report }: { report: ReportDocument }) {
  const since = report.sinceLastTime;
  if (!since) return null;
  return (
    <section aria-labelledby="since-title" className="space-y-4">
      <h2 id="since-title" className="text-2xl font-semibold">
        Since last time
      </h2>
      {since.paragraphs.map((p) => (
        <p key={p.key}>{p.text}</p>
      ))}
      {since.notes.map((note) => (
        <p key={note.key} className="text-sm text-muted">
          {note.text}
        </p>
      ))}
      <ChangeTable since={since} />
      <p className="text-sm text-muted">
        A change counts as meaningful when it is at least half the distance between your peers&apos; median and the edge of their best quarter in
        the earlier report.
      </p>
      {since.trends.length > 0 && (
        <div className="space-y-3">
          <h3 className="text-lg font-semibold">Your indices over your last {since.trends[0]!.points.length} reports</h3>
          <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
            <span className="flex items-center gap-1.5">
              <span className="inline-block h-0.5 w-5 bg-brand-strong" /> you
            </span>
            <span className="flex items-center gap-1.5">
              <span className="inline-block w-5 border-t-2 border-dashed border-ink" /> peers&apos; median
            </span>
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            {since.trends.map((trend) => (
              <TrendChart key={trend.metric} trend={trend} />
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
