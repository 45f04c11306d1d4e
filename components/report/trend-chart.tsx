// One index's history, drawn on the server as SVG (no JavaScript): the participant's scores and the peers' median at
// each report. The SVG is an image named by its title and described in one sentence; the figures behind it are a
// table under it, folded away for readers who want them.
import type { Trend } from "@/lib/report/since-last-time-schema";
import { TREND_CHART, shortDate, trendGeometry, trendSummary, trendTitle, type ChartPoint } from "@/lib/report/trend-chart";

const line = (run: ChartPoint[]) => run.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ");

export function TrendChart({ trend }: { trend: Trend }) {
  const at = trendGeometry(trend);
  const id = `trend-${trend.metric}`;
  return (
    <figure className="space-y-2 rounded-lg border border-line bg-surface p-3 print:break-inside-avoid">
      <figcaption className="font-semibold">{trend.label}</figcaption>
      <svg viewBox={`0 0 ${TREND_CHART.width} ${TREND_CHART.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="block h-auto w-full">
        <title id={`${id}-title`}>{trendTitle(trend)}</title>
        <desc id={`${id}-desc`}>{trendSummary(trend)}</desc>
        {at.gridlines.map((grid) => (
          <g key={grid.label}>
            <line x1={at.plot.left} x2={at.plot.right} y1={grid.y} y2={grid.y} className="stroke-line" strokeWidth={1} />
            <text x={at.plot.left - 6} y={grid.y + 3.5} textAnchor="end" fontSize={10} className="fill-muted">
              {grid.label}
            </text>
          </g>
        ))}
        {at.peers.runs.map((run, i) => (
          <polyline key={`peers-${i}`} points={line(run)} fill="none" className="stroke-ink" strokeWidth={1.5} strokeDasharray="4 3" />
        ))}
        {at.peers.points.map((point, i) => (
          <rect key={`peer-${i}`} x={point.x - 2.5} y={point.y - 2.5} width={5} height={5} className="fill-ink" />
        ))}
        {at.own.runs.map((run, i) => (
          <polyline key={`own-${i}`} points={line(run)} fill="none" className="stroke-brand-strong" strokeWidth={2.5} />
        ))}
        {at.own.points.map((point, i) => (
          <circle key={`own-${i}`} cx={point.x} cy={point.y} r={4} className="fill-brand-strong stroke-surface" strokeWidth={1.5} />
        ))}
        {at.dateLabels.map((label) => (
          <text key={label.anchor} x={label.x} y={TREND_CHART.height - 8} textAnchor={label.anchor} fontSize={10} className="fill-muted">
            {label.label}
          </text>
        ))}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand">The figures</summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">{trendTitle(trend)}</caption>
          <thead className="border-b border-line">
            <tr>
              <th scope="col" className="py-1">Report</th>
              <th scope="col">You</th>
              <th scope="col">Peers&apos; median</th>
            </tr>
          </thead>
          <tbody>
            {trend.points.map((point, i) => (
              <tr key={i} className="border-b border-line">
                <th scope="row" className="py-1 font-normal">
                  {shortDate(point.date)}
                </th>
                <td>{point.score === null ? "not enough answers" : `${point.score}%`}</td>
                <td>{point.peerMedian === null ? "—" : `${point.peerMedian}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
