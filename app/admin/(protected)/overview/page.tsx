import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { after } from "next/server";
import { overviewStats, rollUpOverviewMonths } from "@/lib/db/admin-stats";
import { logger } from "@/lib/log";
import { parseStatsQuery } from "@/lib/admin/stats-query";
import { formatCount, formatDuration, formatShare } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters } from "@/components/admin/stats-filters";
import { MonthTrend } from "@/components/admin/charts/month-trend";
import { BarTable } from "@/components/admin/charts/bar-table";

export const metadata: Metadata = { title: "Overview" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/overview" />;
  const now = new Date();
  const stats = await overviewStats(parsed.query.filter, now);
  // Closed months not yet rolled up were read live; counting them into the rollup waits until the page is sent.
  after(() => rollUpOverviewMonths(now).catch((error: unknown) => logger.error({ err: error }, "overview roll-up failed")));
  const drafts = stats.started - stats.completed;
  const figures = [
    ["Started", formatCount(stats.started)],
    ["Completed", formatCount(stats.completed)],
    ["Completion rate", formatShare(stats.completionRate)],
    ["Median time to complete", stats.medianSuppressed ? "Suppressed" : formatDuration(stats.medianSecondsToComplete)],
  ] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Overview</h1>
      <StatsFilters filter={parsed.query.filter} />
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-md border border-line bg-surface p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-muted">
        The overview counts every survey taken, in the benchmark pool or not:{" "}
        {stats.outOfPool === 0
          ? "none of the completed responses was kept out of the pool."
          : `${formatCount(stats.outOfPool)} of the completed responses ${stats.outOfPool === 1 ? "was" : "were"} kept out of it by ${
              stats.outOfPool === 1 ? "its participant" : "their participants"
            }, and the benchmarks, distributions, questions and findings count only the other ${formatCount(stats.completed - stats.outOfPool)}.`}
      </p>
      {stats.medianSuppressed ? (
        <p className="text-sm text-muted">The median time is hidden: fewer than {stats.threshold} completed responses match.</p>
      ) : null}
      <section aria-labelledby="by-month" className="space-y-2 rounded-md border border-line bg-surface p-4">
        <h2 id="by-month" className="text-lg font-semibold">Responses by month</h2>
        <MonthTrend months={stats.byMonth} />
      </section>
      <section aria-labelledby="drop-off" className="space-y-2 rounded-md border border-line bg-surface p-4">
        <h2 id="drop-off" className="text-lg font-semibold">Where unfinished responses stopped</h2>
        <p className="text-sm text-muted">
          {formatCount(drafts)} unfinished {drafts === 1 ? "response" : "responses"}, by the step they had reached.
          With a filter, only drafts that answered the profile step can match.
        </p>
        <BarTable
          caption="Unfinished responses by the survey step they stopped at"
          countLabel="Drafts"
          total={drafts}
          rows={stats.dropOff.map((step) => ({ key: String(step.step), label: `${step.step + 1}. ${step.title}`, count: step.drafts }))}
        />
      </section>
    </div>
  );
}
