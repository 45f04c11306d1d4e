// The four sub-indices as horizontal bars with the peer median marked: a picture, not a table.
type Bar = { key: string; name: string; score: number | null; peerMedian: number | null; tag?: string | null };

export function IndexBars({ bars, title }: { bars: Bar[]; title: string }) {
  const height = bars.length * 46 + 24;
  return (
    <svg viewBox={`0 0 620 ${height}`} className="w-full" role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((bar, i) => {
        const y = i * 46 + 8;
        const width = ((bar.score ?? 0) / 100) * 360;
        const median = bar.peerMedian === null ? null : 200 + (bar.peerMedian / 100) * 360;
        return (
          <g key={bar.key}>
            <text x="0" y={y + 21} fontSize="15" fill="var(--color-ink)">
              {bar.name}
            </text>
            <rect x="200" y={y + 6} width="360" height="22" rx="4" fill="var(--color-brand-soft)" />
            <rect x="200" y={y + 6} width={width} height="22" rx="4" fill="var(--color-brand)" />
            {median !== null && <line x1={median} x2={median} y1={y} y2={y + 34} stroke="var(--color-ink)" strokeWidth="3" />}
            <text x="566" y={y + 22} fontSize="15" fontWeight="700" fill="var(--color-ink)">
              {bar.score === null ? "n/a" : `${bar.score}%`}
            </text>
          </g>
        );
      })}
      <g transform={`translate(200 ${height - 8})`}>
        <line x1="0" x2="0" y1="-9" y2="3" stroke="var(--color-ink)" strokeWidth="3" />
        <text x="8" y="2" fontSize="12" fill="var(--color-muted)">
          peer median
        </text>
      </g>
    </svg>
  );
}
