// Medians on a shared scale: a dot at each, a line between the lowest and highest when there are several, and a
// dashed line at everyone's median, so the answers that go with higher figures stand out down a column without
// reading the numbers. Decorative: the numbers are in the table beside it (decision 005).
type Props = { marks: readonly number[]; reference: number | null; max: number };

const at = (value: number, max: number) => `${Math.min(100, Math.max(0, (value / max) * 100))}%`;

export function MedianMarks({ marks, reference, max }: Props) {
  if (!marks.length || max <= 0) return null;
  const low = Math.min(...marks);
  const high = Math.max(...marks);
  return (
    <div className="relative h-5 min-w-32 rounded bg-canvas" aria-hidden="true">
      {reference !== null && <div className="absolute inset-y-0 border-l-2 border-dashed border-muted" style={{ left: at(reference, max) }} />}
      {high > low && <div className="absolute top-2 h-1 rounded bg-brand-soft" style={{ left: at(low, max), width: `calc(${at(high, max)} - ${at(low, max)})` }} />}
      {marks.map((mark, i) => (
        <div key={i} className="absolute top-1 size-3 -translate-x-1.5 rounded-full bg-brand-strong ring-2 ring-surface" style={{ left: at(mark, max) }} />
      ))}
    </div>
  );
}
