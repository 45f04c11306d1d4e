import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { after } from "next/server";
import { requireAdmin } from "@/lib/auth/require-admin";
import { quarterBenchmarks, repeatCohort, rollUpQuarters, type QuarterBenchmarks } from "@/lib/db/admin-stats";
import { logger } from "@/lib/log";
import { INDEX_METRICS, TREND_METRICS, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import { parseStatsQuery, statsQueryString, type StatsQuery } from "@/lib/admin/stats-query";
import { METRIC_LABELS } from "@/components/admin/labels";
import { formatCount } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters, SuppressedNote } from "@/components/admin/stats-filters";
import { QuarterTrend } from "@/components/admin/charts/quarter-trend";
import { QuarterTable } from "@/components/admin/quarter-table";
import { CohortTable } from "@/components/admin/cohort-table";
import { segmentPhrase, trendSentences } from "@/components/admin/trend-sentences";

export const metadata: Metadata = { title: "Trends" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isTrendMetric = (metric: string): metric is TrendMetric => (TREND_METRICS as readonly string[]).includes(metric);
const href = (query: StatsQuery, metric: TrendMetric) => `/admin/trends${statsQueryString(query, { metric }, ["metric"])}` as Route;

export default async function TrendsPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (parsed.ok && !isTrendMetric(parsed.query.metric)) {
    return <BadQuery problems={[`metric: Trends follow ${TREND_METRICS.join(", ")}`]} resetHref="/admin/trends" />;
  }
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/trends" />;
  const { query } = parsed;
  const metric = query.metric as TrendMetric;
  const now = new Date();
  const [quarters, cohort] = await Promise.all([quarterBenchmarks(query.filter, now), repeatCohort(query.filter)]);
  // Days that ended since the last roll-up (or quarters forgotten since) are counted in after the page is sent.
  after(() => rollUpQuarters(now).catch((error: unknown) => logger.error({ err: error }, "quarter roll-up failed")));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Trends</h1>
      <p className="max-w-prose text-sm text-muted">
        The benchmarks by calendar quarter in which responses were completed (UTC), and how participants who took the
        survey more than once have moved. The running quarter counts its responses so far.
      </p>
      <StatsFilters filter={query.filter} keep={{ metric }} />
      <section aria-labelledby="by-quarter" className="space-y-4 rounded-md border border-line bg-surface p-4">
        <h2 id="by-quarter" className="text-lg font-semibold">By quarter</h2>
        <nav aria-label="Measure" className="space-y-1">
          {[["Indices", INDEX_METRICS], ["Sales numbers", TREND_METRICS.filter((m) => !(INDEX_METRICS as readonly string[]).includes(m))]].map(([title, metrics]) => (
            <div key={title as string} className="flex flex-wrap items-center gap-1">
              <span className="mr-2 w-28 text-sm font-medium">{title as string}</span>
              {(metrics as readonly TrendMetric[]).map((option) => (
                <Link
                  key={option}
                  href={href(query, option)}
                  aria-current={option === metric ? "page" : undefined}
                  className={`block rounded-md px-3 py-1.5 text-sm ${option === metric ? "bg-brand-soft font-semibold text-brand-strong" : "text-ink hover:bg-canvas"}`}
                >
                  {METRIC_LABELS[option]}
                </Link>
              ))}
            </div>
          ))}
        </nav>
        <QuarterFigures quarters={quarters} metric={metric} query={query} />
      </section>
      <section aria-labelledby="repeat" className="space-y-3 rounded-md border border-line bg-surface p-4">
        <h2 id="repeat" className="text-lg font-semibold">Repeat participants</h2>
        <p className="text-sm">
          {formatCount(cohort.participants)} {cohort.participants === 1 ? "participant has" : "participants have"} completed the survey two or more
          times ({formatCount(cohort.responses)} responses)
          {Object.keys(query.filter).length ? `; counted here when their latest response is ${segmentPhrase(query.filter)}` : ""}.
        </p>
        <CohortTable cohort={cohort} />
        <p className="text-sm text-muted">
          Each index compares a participant&apos;s latest response with their first, among those with the index in both.
        </p>
      </section>
      <SuppressedNote threshold={quarters.threshold} />
    </div>
  );
}

function QuarterFigures({ quarters, metric, query }: { quarters: QuarterBenchmarks; metric: TrendMetric; query: StatsQuery }) {
  if (quarters.status === "counting") {
    return (
      <p role="status" className="rounded-md border border-line bg-canvas p-4">
        More than {formatCount(quarters.backlog - 1)} responses are still being counted into the quarters (after an
        upgrade, a re-score or a change to an earlier quarter). Reload this page in a minute or two.
      </p>
    );
  }
  if (quarters.quarters.length === 0) return <p className="text-sm text-muted">No completed responses match these filters.</p>;
  return (
    <>
      <QuarterTrend metric={metric} rows={quarters.quarters} />
      <QuarterTable metric={metric} rows={quarters.quarters} />
      {(INDEX_METRICS as readonly string[]).includes(metric) ? null : (
        <p className="text-sm text-muted">
          Sales numbers are counted in bins, as on the Benchmarks page: win rates and quota figures to the whole percent,
          the cycle within half a day or 2.5%, money within 3.5%.
        </p>
      )}
      <h3 className="font-semibold">What changed</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {trendSentences(quarters.quarters, query.filter).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </>
  );
}
