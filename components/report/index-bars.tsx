// The four sub-indices as horizontal bars with the peer median marked: a picture, not a table.
// Drawn with HTML boxes rather than SVG text so labels stay readable on a phone and in print.
type Bar = { key: string; name: string; score: number | null; peerMedian: number | null };

function describe(bars: Bar[]): string {
  return bars
    .map((bar) => `${bar.name} ${bar.score === null ? "n/a" : `${bar.score}%`}${bar.peerMedian === null ? "" : ` (peer median ${bar.peerMedian}%)`}`)
    .join("; ");
}

export function IndexBars({ bars, title }: { bars: Bar[]; title: string }) {
  return (
    <div role="img" aria-label={`${title}: ${describe(bars)}`} className="space-y-3">
      {bars.map((bar) => (
        <div key={bar.key} className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-1 sm:grid-cols-[12rem_1fr_auto]">
          <span className="col-span-2 text-sm font-medium sm:col-span-1">{bar.name}</span>
          <div className="relative h-5 rounded bg-brand-soft">
            <div className="h-5 rounded bg-brand print:[print-color-adjust:exact]" style={{ width: `${bar.score ?? 0}%` }} />
            {bar.peerMedian !== null && (
              <div className="absolute -top-1 h-7 w-0.5 bg-ink" style={{ left: `calc(${bar.peerMedian}% - 1px)` }} />
            )}
          </div>
          <span className="w-12 text-right font-bold">{bar.score === null ? "n/a" : `${bar.score}%`}</span>
        </div>
      ))}
      <p className="flex items-center gap-2 text-xs text-muted" aria-hidden="true">
        <span className="inline-block h-3 w-0.5 bg-ink" /> peer median
      </p>
    </div>
  );
}
