// One group's spread at a glance: a box from p25 to p75, a tick at the median, a dot at p90, and a
// dashed line at the reference (everyone's median), so "how do we compare?" reads without the numbers.
type Props = { p25: number | null; median: number | null; p75: number | null; p90: number | null; max: number; reference: number | null };

const at = (value: number, max: number) => `${Math.min(100, Math.max(0, (value / max) * 100))}%`;

export function SpreadBar({ p25, median, p75, p90, max, reference }: Props) {
  if (p25 === null || median === null || p75 === null || max <= 0) return null;
  return (
    <div className="relative h-5 min-w-32 rounded bg-canvas" aria-hidden="true">
      {reference !== null && <div className="absolute inset-y-0 border-l-2 border-dashed border-muted" style={{ left: at(reference, max) }} />}
      <div className="absolute inset-y-1 rounded-sm bg-brand-soft ring-1 ring-brand" style={{ left: at(p25, max), width: `calc(${at(p75, max)} - ${at(p25, max)})` }} />
      <div className="absolute inset-y-0 w-0.5 bg-brand-strong" style={{ left: at(median, max) }} />
      {p90 !== null && <div className="absolute top-1.5 size-2 -translate-x-1 rounded-full bg-ink" style={{ left: at(p90, max) }} />}
    </div>
  );
}
