// One sales figure's distribution on the Questions page: its n and quartiles in words, then a histogram as a bar
// table (a row per range of values), readable by screen readers and on a phone without a chart library.
import type { SalesDistribution } from "@/lib/db/admin-stats";
import { figureBars } from "@/lib/admin/sales-figure-bars";
import { BarTable } from "./charts/bar-table";
import { formatCount, formatMetric } from "./format-stat";
import { METRIC_LABELS } from "./labels";

export function SalesFigureDistribution({ distribution, threshold }: { distribution: SalesDistribution; threshold: number }) {
  const { metric } = distribution;
  const label = METRIC_LABELS[metric];
  const id = `figure-${metric}`;
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-md border border-line bg-surface p-4">
      <h3 id={id} className="font-semibold">
        {label}
        {distribution.n !== null ? <span className="ml-2 text-sm font-normal text-muted">{formatCount(distribution.n)} responses</span> : null}
      </h3>
      {distribution.suppressed ? (
        <p className="text-sm text-muted">Suppressed: fewer than {threshold} responses have this figure.</p>
      ) : (
        <>
          <p className="flex flex-wrap gap-x-4 text-sm">
            <span>p25 {formatMetric(metric, distribution.p25)}</span>
            <span className="font-semibold">median {formatMetric(metric, distribution.median)}</span>
            <span>p75 {formatMetric(metric, distribution.p75)}</span>
          </p>
          <BarTable
            caption={`Distribution of ${label.toLowerCase()}`}
            labelHeader="Range"
            countLabel="Responses"
            total={distribution.n}
            rows={figureBars(metric, distribution.values)}
          />
        </>
      )}
    </section>
  );
}
