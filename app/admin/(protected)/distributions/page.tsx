import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { indexDistributions } from "@/lib/db/admin-stats";
import { parseStatsQuery } from "@/lib/admin/stats-query";
import { METRIC_LABELS } from "@/components/admin/labels";
import { formatCount } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters } from "@/components/admin/stats-filters";
import { Histogram } from "@/components/admin/charts/histogram";

export const metadata: Metadata = { title: "Distributions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DistributionsPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/distributions" />;
  const stats = await indexDistributions(parsed.query.filter);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Distributions</h1>
      <StatsFilters filter={parsed.query.filter} />
      <p className="text-sm text-muted">
        {formatCount(stats.responses)} completed responses. Bins of 5 points; dashed lines mark the 25th and 75th
        percentiles, the solid line the median.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {stats.metrics.map((metric) => (
          <section key={metric.metric} aria-labelledby={`h-${metric.metric}`} className="space-y-2 rounded-md border border-line bg-surface p-4">
            <h2 id={`h-${metric.metric}`} className="text-lg font-semibold">
              {METRIC_LABELS[metric.metric]}
              {metric.n !== null ? <span className="ml-2 text-sm font-normal text-muted">n = {formatCount(metric.n)}</span> : null}
            </h2>
            {metric.suppressed ? (
              <p className="text-sm text-muted">Suppressed: fewer than {stats.threshold} responses have this index.</p>
            ) : (
              <Histogram title={METRIC_LABELS[metric.metric]} bins={metric.bins} p25={metric.p25} median={metric.median} p75={metric.p75} />
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
