import type { Metadata } from "next";
import Link from "next/link";
import type { Route } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { CURRENCY_TABLE_VERSION } from "@/lib/scoring";
import { benchmarkTable, type BenchmarkRow } from "@/lib/db/admin-stats";
import { DIMENSIONS, DIMENSION_LABELS } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS, METRIC_UNITS, SALES_METRICS } from "@/lib/admin/dashboard-metrics";
import { BENCHMARK_SORTS, parseStatsQuery, statsQueryString, type BenchmarkSort, type StatsQuery } from "@/lib/admin/stats-query";
import { sortBenchmarkRows } from "@/lib/admin/benchmark-rows";
import { METRIC_LABELS } from "@/components/admin/labels";
import { formatCount, formatMetric } from "@/components/admin/format-stat";
import { BadQuery, StatsFilters, SuppressedNote } from "@/components/admin/stats-filters";
import { SpreadBar } from "@/components/admin/charts/spread-bar";

export const metadata: Metadata = { title: "Benchmarks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KEEP = ["by", "metric", "sort", "dir"] as const;
const COLUMN_LABELS: Record<BenchmarkSort, string> = { group: "Group", n: "n", p25: "p25", median: "Median", p75: "p75", p90: "p90" };
const href = (query: StatsQuery, overrides: Partial<StatsQuery>) =>
  `/admin/benchmarks${statsQueryString(query, overrides, [...KEEP])}` as Route;

function PickerLink({ query, overrides, current, children }: { query: StatsQuery; overrides: Partial<StatsQuery>; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href(query, overrides)}
      aria-current={current ? "page" : undefined}
      className={`block rounded-md px-3 py-1.5 text-sm ${current ? "bg-brand-soft font-semibold text-brand-strong" : "text-ink hover:bg-surface"}`}
    >
      {children}
    </Link>
  );
}

export default async function BenchmarksPage({ searchParams }: Props) {
  await requireAdmin();
  const parsed = parseStatsQuery(await searchParams);
  if (!parsed.ok) return <BadQuery problems={parsed.problems} resetHref="/admin/benchmarks" />;
  const { query } = parsed;
  const table = await benchmarkTable(query.by, query.filter, [query.metric]);
  const rows = sortBenchmarkRows(table.rows, query.metric, query.sort, query.dir);
  const scale = spreadScale(table.rows, table.total, query.metric);
  const keep = Object.fromEntries(KEEP.map((key) => [key, query[key]]));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Benchmarks</h1>
      <StatsFilters filter={query.filter} keep={keep} />
      <nav aria-label="Group by" className="flex flex-wrap items-center gap-1">
        <span className="mr-2 text-sm font-medium">Group by</span>
        {DIMENSIONS.map((dimension) => (
          <PickerLink key={dimension} query={query} overrides={{ by: dimension }} current={dimension === query.by}>
            {DIMENSION_LABELS[dimension]}
          </PickerLink>
        ))}
      </nav>
      <nav aria-label="Measure" className="space-y-1">
        {[["Indices", INDEX_METRICS], ["Sales numbers", SALES_METRICS]].map(([title, metrics]) => (
          <div key={title as string} className="flex flex-wrap items-center gap-1">
            <span className="mr-2 w-28 text-sm font-medium">{title as string}</span>
            {(metrics as readonly (typeof query.metric)[]).map((metric) => (
              <PickerLink key={metric} query={query} overrides={{ metric }} current={metric === query.metric}>
                {METRIC_LABELS[metric]}
              </PickerLink>
            ))}
          </div>
        ))}
      </nav>
      <div className="overflow-x-auto rounded-md border border-line bg-surface">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">
            {METRIC_LABELS[query.metric]} by {DIMENSION_LABELS[query.by].toLowerCase()}
            {METRIC_UNITS[query.metric] === "money"
              ? ` (in US dollars at the study's fixed rates, table ${CURRENCY_TABLE_VERSION}; responses in other currencies are left out)`
              : ""}
          </caption>
          <thead>
            <tr className="border-y border-line bg-canvas">
              {BENCHMARK_SORTS.map((column) => {
                const active = query.sort === column;
                const nextDir = active && query.dir === "asc" ? "desc" : "asc";
                return (
                  <th
                    key={column}
                    scope="col"
                    aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
                    className={`px-3 py-2 font-medium ${column === "group" ? "" : "text-right"}`}
                  >
                    <Link href={href(query, { sort: column, dir: nextDir })} className="text-brand-strong underline-offset-2 hover:underline">
                      {COLUMN_LABELS[column]}
                      <span className="sr-only">, sort {nextDir === "asc" ? "ascending" : "descending"}</span>
                      {active ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                );
              })}
              <th scope="col" className="px-3 py-2 font-medium">
                Spread <span className="font-normal text-muted">(p25–p75, median, p90; dashed: all responses)</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <BenchmarkTableRow key={row.key ?? "none"} row={row} metric={query.metric} scale={scale} />
            ))}
          </tbody>
          <tfoot>
            <BenchmarkTableRow row={table.total} metric={query.metric} scale={scale} />
          </tfoot>
        </table>
      </div>
      {(INDEX_METRICS as readonly string[]).includes(query.metric) ? null : (
        <p className="text-sm text-muted">
          Sales numbers are counted in bins, and their quartiles read from those counts: win rates and quota figures
          to the whole percent, the cycle within half a day or 2.5%, money within 3.5%.
        </p>
      )}
      <SuppressedNote threshold={table.threshold} />
    </div>
  );
}

type Scale = { max: number; reference: number | null };

/** Indices share the 0–100 scale; sales numbers are drawn against the largest p90 shown. */
function spreadScale(rows: BenchmarkRow[], total: BenchmarkRow, metric: StatsQuery["metric"]): Scale {
  const reference = total.metrics[metric]?.median ?? null;
  if ((INDEX_METRICS as readonly string[]).includes(metric)) return { max: 100, reference };
  const highs = [...rows, total].map((row) => row.metrics[metric]?.p90 ?? row.metrics[metric]?.p75 ?? 0);
  return { max: Math.max(0, ...highs.filter((value): value is number => value !== null)), reference };
}

function BenchmarkTableRow({ row, metric, scale }: { row: BenchmarkRow; metric: StatsQuery["metric"]; scale: Scale }) {
  const cell = row.metrics[metric];
  const total = row.key === "*";
  return (
    <tr className={`border-b border-line/60 ${total ? "bg-canvas font-semibold" : ""}`}>
      <th scope="row" className="px-3 py-2 font-medium">{row.label}</th>
      {cell?.suppressed ? (
        <td colSpan={6} className="px-3 py-2 text-muted">
          {row.suppressed === "below-threshold" || (!row.suppressed && cell.suppressed === "below-threshold")
            ? "Suppressed: too few responses"
            : "Suppressed: could be worked out from the total"}
        </td>
      ) : (
        <>
          <td className="px-3 py-2 text-right tabular-nums">{cell?.n === null || cell?.n === undefined ? "—" : formatCount(cell.n)}</td>
          {(["p25", "median", "p75", "p90"] as const).map((key) => (
            <td key={key} className="px-3 py-2 text-right tabular-nums">{formatMetric(metric, cell?.[key] ?? null)}</td>
          ))}
          <td className="px-3 py-2">
            <SpreadBar p25={cell?.p25 ?? null} median={cell?.median ?? null} p75={cell?.p75 ?? null} p90={cell?.p90 ?? null} max={scale.max} reference={scale.reference} />
          </td>
        </>
      )}
    </tr>
  );
}
