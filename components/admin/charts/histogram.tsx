// A histogram of an index (0–100 in equal bins) with the quartiles marked, as plain SVG so it renders on the
// server and prints without JavaScript (docs/decisions/005-admin-charts.md). The bars scale to the tallest bin.
type Props = { title: string; bins: number[]; p25: number | null; median: number | null; p75: number | null };

const WIDTH = 400;
const HEIGHT = 150;
const AXIS = 18;

export function Histogram({ title, bins, p25, median, p75 }: Props) {
  const tallest = Math.max(1, ...bins);
  const binWidth = WIDTH / bins.length;
  const x = (score: number) => (score / 100) * WIDTH;
  const plot = HEIGHT - AXIS;
  const step = 100 / bins.length;
  const describe = `${title}: ${bins.map((count, i) => `${i * step}–${i === bins.length - 1 ? 100 : (i + 1) * step - 1}: ${count}`).join(", ")}. Quartiles ${fmt(p25)}, median ${fmt(median)}, ${fmt(p75)}.`;
  const markers = [
    { label: "p25", value: p25, className: "stroke-muted" },
    { label: "median", value: median, className: "stroke-ink" },
    { label: "p75", value: p75, className: "stroke-muted" },
  ];
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describe} className="h-auto w-full">
        {bins.map((count, i) => {
          const height = (count / tallest) * (plot - 4);
          return <rect key={i} x={i * binWidth + 1} y={plot - height} width={binWidth - 2} height={height} className="fill-brand" />;
        })}
        <line x1={0} x2={WIDTH} y1={plot} y2={plot} className="stroke-line" />
        {[0, 25, 50, 75, 100].map((tick) => (
          <text key={tick} x={x(tick)} y={HEIGHT - 4} textAnchor={tick === 0 ? "start" : tick === 100 ? "end" : "middle"} className="fill-muted text-[11px]">
            {tick}
          </text>
        ))}
        {markers.map((marker) =>
          marker.value === null ? null : (
            <line
              key={marker.label}
              x1={x(marker.value)}
              x2={x(marker.value)}
              y1={0}
              y2={plot}
              strokeWidth={marker.label === "median" ? 2.5 : 1.5}
              strokeDasharray={marker.label === "median" ? undefined : "4 3"}
              className={marker.className}
            />
          ),
        )}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 text-sm text-muted">
        <span>p25 {fmt(p25)}</span>
        <span className="font-semibold text-ink">median {fmt(median)}</span>
        <span>p75 {fmt(p75)}</span>
      </figcaption>
    </figure>
  );
}

const fmt = (value: number | null) => (value === null ? "—" : (Math.round(value * 10) / 10).toString());
