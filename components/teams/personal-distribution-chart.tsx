// The members' personal indices as a histogram of 10-point bands, drawn on the server as SVG (decision 005: plain SVG
// renders without JavaScript and prints). Counts per band only: never one member's score.
import type { TeamDashboard } from "@/lib/api/team-schemas";

const WIDTH = 320;
const HEIGHT = 150;
const AXIS = 22;
const TOP = 16;

export function PersonalDistributionChart({ bands, median }: { bands: NonNullable<TeamDashboard["personalDistribution"]>; median: number | null }) {
  const most = Math.max(1, ...bands.map((band) => band.count));
  const slot = WIDTH / bands.length;
  const barHeight = (count: number) => ((HEIGHT - AXIS - TOP) * count) / most;
  const described = bands.map((band) => `${band.from}–${band.to}: ${band.count}`).join(", ");
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-xl" role="img" aria-labelledby="distribution-title">
        <title id="distribution-title">{`Members by personal index, per 10-point band: ${described}${median === null ? "" : `; median ${median}`}`}</title>
        {bands.map((band, index) => {
          const height = barHeight(band.count);
          const x = index * slot + 3;
          return (
            <g key={band.from}>
              <rect x={x} y={HEIGHT - AXIS - height} width={slot - 6} height={height} rx={2} className="fill-brand" />
              {band.count > 0 ? (
                <text x={x + (slot - 6) / 2} y={HEIGHT - AXIS - height - 4} textAnchor="middle" className="fill-ink text-[11px] font-semibold">
                  {band.count}
                </text>
              ) : null}
              <text x={index * slot} y={HEIGHT - 6} className="fill-muted text-[10px]">
                {band.from}
              </text>
            </g>
          );
        })}
        {median === null ? null : (
          <line x1={(median / 100) * WIDTH} x2={(median / 100) * WIDTH} y1={TOP - 6} y2={HEIGHT - AXIS} className="stroke-ink" strokeWidth={2} strokeDasharray="4 3" />
        )}
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-line" />
      </svg>
      <figcaption className="text-sm text-muted">
        Members per band of personal index (0–100){median === null ? "" : `; the dashed line is the team's median, ${median}`}.
      </figcaption>
    </figure>
  );
}
