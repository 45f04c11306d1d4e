// The admin dashboards' URL: peer filters, the benchmark breakdown, metric and sort, the questions section.
// Validated with zod; a bad value is reported to the admin in words, never a 500 and never silently ignored.
import { z } from "zod";
import { instrument } from "@/lib/instrument";
import { AdminFilterSchema, DIMENSIONS, type AdminFilter } from "./dashboard-dimensions";
import { METRICS } from "./dashboard-metrics";

export const BENCHMARK_SORTS = ["group", "n", "p25", "median", "p75", "p90"] as const;
export type BenchmarkSort = (typeof BENCHMARK_SORTS)[number];

export const QUESTION_SECTION_IDS = instrument.sections
  .filter((section) => section.questions.some((question) => question.kind === "choice"))
  .map((section) => section.id);

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const one = first(value);
    return one === "" ? undefined : one;
  }, schema);
const oneOf = (name: string, values: readonly string[]) =>
  z.enum(values as [string, ...string[]], { error: `Unknown ${name}: choose one of ${values.join(", ")}` });

export const StatsQuerySchema = z.object({
  industry: param(AdminFilterSchema.shape.industry),
  companySize: param(AdminFilterSchema.shape.companySize),
  region: param(AdminFilterSchema.shape.region),
  salesModel: param(AdminFilterSchema.shape.salesModel),
  by: param(oneOf("breakdown (by)", DIMENSIONS).default("industry")),
  metric: param(oneOf("metric", METRICS).default("overall")),
  sort: param(oneOf("sort", BENCHMARK_SORTS).default("group")),
  dir: param(oneOf("sort direction (dir)", ["asc", "desc"]).default("asc")),
  section: param(oneOf("section", QUESTION_SECTION_IDS).default(QUESTION_SECTION_IDS[0]!)),
});

export type StatsQuery = {
  filter: AdminFilter;
  by: (typeof DIMENSIONS)[number];
  metric: (typeof METRICS)[number];
  sort: BenchmarkSort;
  dir: "asc" | "desc";
  section: string;
};

export type ParsedStatsQuery = { ok: true; query: StatsQuery } | { ok: false; problems: string[] };

export function parseStatsQuery(params: Record<string, string | string[] | undefined>): ParsedStatsQuery {
  const result = StatsQuerySchema.safeParse(params);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) };
  }
  const { industry, companySize, region, salesModel, ...rest } = result.data;
  const filter = Object.fromEntries(
    Object.entries({ industry, companySize, region, salesModel }).filter(([, value]) => value !== undefined),
  ) as AdminFilter;
  return { ok: true, query: { filter, ...(rest as Omit<StatsQuery, "filter">) } };
}

/** The query as a URL search string with overrides, leaving out defaults, for links that change one thing. */
export function statsQueryString(query: StatsQuery, overrides: Partial<StatsQuery> = {}, keep: (keyof StatsQuery)[] = []): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged.filter)) if (value) params.set(key, value);
  for (const key of keep) {
    const value = merged[key];
    if (typeof value === "string") params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
