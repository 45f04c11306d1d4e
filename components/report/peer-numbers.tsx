// The hard numbers against peers: per figure one row, the sentence that states the figures over a small drawing of
// them (you, the peer median, the band from the median to the better quarter's edge). The drawing prints no
// number, so each figure appears once; screen readers get the sentences, the drawing being decoration beside them.
import type { ReportDocument } from "@/lib/report/document";
import { PEER_CHART_WIDTH, peerChartGeometry } from "@/lib/report/peer-number-scale";
import type { PeerNumberRow } from "@/lib/report/peer-numbers";

function RowChart({ row }: { row: PeerNumberRow }) {
  const at = peerChartGeometry(row);
  return (
    <svg viewBox={`0 0 ${PEER_CHART_WIDTH} 24`} className="block h-auto w-full max-w-xl" aria-hidden="true" focusable="false">
      <line x1={at.axis.from} x2={at.axis.to} y1={12} y2={12} className="stroke-line" strokeWidth={2} />
      <rect x={at.band.x} y={6} width={at.band.width} height={12} className="fill-brand-soft" />
      <rect x={at.topQuartile - 1} y={4} width={2} height={16} className="fill-brand" />
      <rect x={at.median - 1} y={2} width={2} height={20} className="fill-ink" />
      {at.own !== null && <circle cx={at.own} cy={12} r={6} className="fill-brand-strong stroke-surface" strokeWidth={2} />}
    </svg>
  );
}

function Legend() {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
      <span className="flex items-center gap-1.5">
        <span className="inline-block size-3 rounded-full bg-brand-strong" /> you
      </span>
      <span className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-0.5 bg-ink" /> peer median
      </span>
      <span className="flex items-center gap-1.5">
        <span className="inline-block h-3 w-4 border-r-2 border-brand bg-brand-soft" /> median to the best quarter
      </span>
      <span>further right is better</span>
    </p>
  );
}

export function PeerNumbers({ report }: { report: ReportDocument }) {
  const peerNumbers = report.executive.peerNumbers;
  if (!peerNumbers) return null;
  return (
    <section aria-labelledby="peer-numbers-title" className="space-y-3 print:break-inside-avoid print:[print-color-adjust:exact]">
      <h3 id="peer-numbers-title" className="text-lg font-semibold">
        Your numbers against your peers
      </h3>
      {peerNumbers.rows.length > 0 && (
        <>
          <Legend />
          <ul className="space-y-3">
            {peerNumbers.rows.map((row) => (
              <li key={row.metric} className="space-y-1">
                <p className="text-sm">{row.text}</p>
                <RowChart row={row} />
              </li>
            ))}
          </ul>
        </>
      )}
      {peerNumbers.notes.map((note) => (
        <p key={note.key} className="text-sm text-muted">
          {note.text}
        </p>
      ))}
    </section>
  );
}
