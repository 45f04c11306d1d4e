// A half-circle gauge drawn in SVG on the server, so it prints and reads without JavaScript.
type Props = { value: number | null; label: string; caption?: string; size?: number; peerMedian?: number | null };

const RADIUS = 80;
const ARC = Math.PI * RADIUS;

function point(percent: number, radius: number) {
  const angle = Math.PI * (1 - percent / 100);
  return { x: 100 + radius * Math.cos(angle), y: 100 - radius * Math.sin(angle) };
}

export function Gauge({ value, label, caption, size = 220, peerMedian = null }: Props) {
  const filled = value === null ? 0 : (ARC * value) / 100;
  const tickOuter = peerMedian === null ? null : point(peerMedian, RADIUS + 14);
  const tickInner = peerMedian === null ? null : point(peerMedian, RADIUS - 14);
  const text = value === null ? "n/a" : `${value}%`;
  return (
    <figure className="flex flex-col items-center" style={{ width: size }}>
      <svg viewBox="0 0 200 118" width={size} role="img" aria-label={`${label}: ${value === null ? "not enough answers" : `${value}%`}${peerMedian === null ? "" : `; peer median ${peerMedian}%`}`}>
        <path d="M 20 100 A 80 80 0 0 1 180 100" fill="none" stroke="var(--color-brand-soft)" strokeWidth="18" strokeLinecap="round" />
        <path
          d="M 20 100 A 80 80 0 0 1 180 100"
          fill="none"
          stroke="var(--color-brand)"
          strokeWidth="18"
          strokeLinecap="round"
          strokeDasharray={`${filled} ${ARC}`}
        />
        {tickOuter && tickInner && (
          <line x1={tickInner.x} y1={tickInner.y} x2={tickOuter.x} y2={tickOuter.y} stroke="var(--color-ink)" strokeWidth="3" />
        )}
        <text x="100" y="92" textAnchor="middle" fontSize="34" fontWeight="700" fill="var(--color-ink)">
          {text}
        </text>
      </svg>
      <figcaption className="text-center">
        <span className="block font-semibold">{label}</span>
        {caption && <span className="block text-sm text-muted">{caption}</span>}
      </figcaption>
    </figure>
  );
}
