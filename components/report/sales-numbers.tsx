import type { SalesNumbersReport } from "@/lib/report/document";
import { formatCount, formatDays, formatInFlight, formatMoney, formatRate } from "@/lib/report/format";
import { VelocityWhatIf } from "./velocity-what-if";

function Stat({ label, value, note }: { label: string; value: string | null; note?: string | null }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-xl font-semibold [overflow-wrap:anywhere]">{value ?? "—"}</dd>
      {note && <dd className="text-sm text-muted [overflow-wrap:anywhere]">{note}</dd>}
    </div>
  );
}

export function SalesNumbers({ sales }: { sales: SalesNumbersReport }) {
  const money = (v: number | null) => (v === null ? null : formatMoney(v, sales.currency));
  const rate = (v: number | null) => (v === null ? null : formatRate(v));
  const count = (v: number | null) => (v === null ? null : formatCount(v));
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat
          label="Sales velocity per day"
          value={money(sales.velocityPerDay)}
          note={sales.velocityPerYear == null ? null : `${money(sales.velocityPerYear)} a year`}
        />
        <Stat
          label="New qualified opportunities a year"
          value={count(sales.opportunities)}
          note={sales.opportunitiesInFlight == null ? null : `${formatInFlight(sales.opportunitiesInFlight)} in play at once`}
        />
        <Stat label="Average won deal" value={money(sales.averageDeal)} />
        <Stat label="Sales cycle" value={sales.cycleDays === null ? null : formatDays(sales.cycleDays)} />
        <Stat label="Unit win rate" value={rate(sales.winRates.unit)} />
        <Stat label="Value win rate" value={rate(sales.winRates.value)} />
        <Stat label="Deals still open" value={count(sales.winRates.open.count)} />
        <Stat label="Value still open" value={money(sales.winRates.open.value)} />
      </dl>
      {sales.paragraphs.map((paragraph) => (
        <p key={paragraph.key}>{paragraph.text}</p>
      ))}
      <VelocityWhatIf velocityPerDay={sales.velocityPerDay} currency={sales.currency} />
    </div>
  );
}
