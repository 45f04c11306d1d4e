// Every admin aggregate, computed in SQL, equals the brute-force computation over the same seeded rows, for
// several combined filters; small groups are suppressed the same way. Only responses in the benchmark pool count,
// but in the overview, which counts surveys taken and says how many are outside the pool.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { expectClose } from "@/tests/support/expect-close";
import {
  OUT_OF_POOL,
  SMALL_INDUSTRY,
  SMALL_INDUSTRY_SIZE,
  matches,
  pooled,
  percentileCont,
  presentValues,
  readRows,
  seedAdminPopulation,
  type Row,
} from "@/tests/support/admin-population";
import {
  BIN_COUNT,
  benchmarkTable,
  choiceQuestions,
  indexDistributions,
  overviewStats,
  questionDistributions,
  rollUpOverviewMonths,
  suppressGroups,
} from "./index";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS, METRICS } from "@/lib/admin/dashboard-metrics";
import { bruteForceOverview } from "@/tests/support/overview-oracle";

withMigratedDatabase();

const THRESHOLD = 5;
/** The population ends on 1 November 2026: every earlier month is rolled up, November is read live. */
const OVERVIEW_NOW = new Date("2026-11-20T00:00:00Z");
let rows: Row[];

beforeAll(async () => {
  await seedAdminPopulation();
  rows = await readRows();
  await rollUpOverviewMonths(OVERVIEW_NOW);
});

const FILTERS: AdminFilter[] = [
  {},
  { industry: "software" },
  { region: "europe", salesModel: "field" },
  { companySize: "1-49", region: "north-america" },
  { industry: SMALL_INDUSTRY },
];


describe("the seeded population", () => {
  it("has drafts, a small industry and responses without sales figures or an overall index", () => {
    const completed = rows.filter((row) => row.status === "COMPLETED");
    expect(completed).toHaveLength(300);
    expect(rows.filter((row) => row.status === "DRAFT")).toHaveLength(60);
    expect(completed.filter((row) => row.dims.industry === SMALL_INDUSTRY)).toHaveLength(SMALL_INDUSTRY_SIZE);
    expect(completed.filter((row) => row.values.overall === null).length).toBeGreaterThan(0);
    expect(completed.filter((row) => row.values.velocity === null).length).toBeGreaterThan(10);
    expect(completed.filter((row) => row.values.velocity !== null).length).toBeGreaterThan(200);
    expect(completed.filter((row) => !row.inPool)).toHaveLength(OUT_OF_POOL);
  });
});

describe.each(FILTERS)("filter %o", (filter) => {
  it("overview: counts (responses outside the pool too, and how many), completion rate, median time, drop-off and months", async () => {
    const all = rows.filter((row) => matches(row, filter));
    expectClose(await overviewStats(filter, OVERVIEW_NOW), bruteForceOverview(all, THRESHOLD));
  });

  it("distributions: histogram bins and quartiles of every index", async () => {
    const completed = rows.filter((row) => pooled(row) && matches(row, filter));
    const expected = INDEX_METRICS.map((metric) => {
      const values = presentValues(completed, metric);
      if (values.length < THRESHOLD) {
        return { metric, n: null, bins: null, p25: null, median: null, p75: null, suppressed: "below-threshold" };
      }
      const bins = Array.from({ length: BIN_COUNT }, () => 0);
      for (const value of values) bins[Math.min(BIN_COUNT - 1, Math.floor(value / 5))]! += 1;
      return {
        metric, n: values.length, bins, suppressed: null,
        p25: percentileCont(values, 0.25), median: percentileCont(values, 0.5), p75: percentileCont(values, 0.75),
      };
    });
    expectClose(await indexDistributions(filter), { threshold: THRESHOLD, responses: completed.length, metrics: expected });
  });

  it.each(DIMENSIONS)("benchmarks by %s: n and quantiles of every index and sales figure, suppressed", async (dimension) => {
    const completed = rows.filter((row) => pooled(row) && matches(row, filter));
    const table = await benchmarkTable(dimension, filter);
    const keys = [...new Set(completed.map((row) => row.dims[dimension]))];
    const groups = table.rows.map((row) => completed.filter((r) => r.dims[dimension] === row.key));
    expect(table.rows.map((row) => row.key).sort()).toEqual([...keys].sort());

    const rowDecisions = suppressGroups(groups.map((g) => g.length), THRESHOLD);
    const cellsFor = (members: Row[], decide: (metric: (typeof METRICS)[number], n: number) => string | null) =>
      Object.fromEntries(
        METRICS.map((metric) => {
          const values = presentValues(members, metric);
          const reason = decide(metric, values.length);
          if (reason) return [metric, { n: null, p25: null, median: null, p75: null, p90: null, suppressed: reason }];
          const [p25, median, p75, p90] = [0.25, 0.5, 0.75, 0.9].map((f) => percentileCont(values, f));
          return [metric, { n: values.length, p25, median, p75, p90, suppressed: null }];
        }),
      );
    const metricDecisions = Object.fromEntries(
      METRICS.map((metric) => [metric, suppressGroups(groups.map((g) => presentValues(g, metric).length), THRESHOLD, { forced: rowDecisions })]),
    );
    const totalReason = completed.length < THRESHOLD ? "below-threshold" : null;
    expectClose(
      { total: table.total, rows: table.rows.map((row) => ({ key: row.key, n: row.n, suppressed: row.suppressed, metrics: row.metrics })) },
      {
        total: {
          key: "*", label: "All responses", n: totalReason ? null : completed.length, suppressed: totalReason,
          metrics: cellsFor(completed, (_, n) => totalReason ?? (n < THRESHOLD ? "below-threshold" : null)),
        },
        rows: table.rows.map((row, i) => ({
          key: row.key,
          n: rowDecisions[i] ? null : groups[i]!.length,
          suppressed: rowDecisions[i],
          metrics: cellsFor(groups[i]!, (metric) => metricDecisions[metric]![i]!),
        })),
      },
    );
  });

  it("questions: counts per option of every choice question", async () => {
    const completed = rows.filter((row) => pooled(row) && matches(row, filter));
    const expected = choiceQuestions().map((question) => {
      const base = { questionId: question.id, sectionId: question.sectionId, label: question.label };
      const options = question.options.map((option) => ({
        value: option.value,
        label: option.label,
        count: completed.filter((row) => row.answers[question.id] === option.value).length,
      }));
      const answered = options.reduce((sum, option) => sum + option.count, 0);
      return completed.length < THRESHOLD || answered < THRESHOLD
        ? { ...base, answered: null, options: null, suppressed: "below-threshold" }
        : { ...base, answered, options, suppressed: null };
    });
    expectClose(await questionDistributions(filter), { threshold: THRESHOLD, responses: completed.length, questions: expected });
    const section = await questionDistributions(filter, "c.process");
    expect(section.questions.map((q) => q.questionId)).toEqual(expected.filter((q) => q.sectionId === "c.process").map((q) => q.questionId));
  });
});

describe("suppression in the tables", () => {
  it("hides the small industry and, by complementary suppression, the next-smallest one", async () => {
    const table = await benchmarkTable("industry");
    const small = table.rows.find((row) => row.key === SMALL_INDUSTRY)!;
    expect(small).toMatchObject({ n: null, suppressed: "below-threshold" });
    expect(small.metrics.overall).toMatchObject({ median: null, suppressed: "below-threshold" });
    const complementary = table.rows.filter((row) => row.suppressed === "complementary");
    expect(complementary).toHaveLength(1);
    const shown = table.rows.filter((row) => row.suppressed === null);
    expect(Math.min(...shown.map((row) => row.n!))).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("suppresses every figure when the filter leaves fewer responses than the threshold", async () => {
    const filter = { industry: SMALL_INDUSTRY };
    expect((await indexDistributions(filter)).metrics.every((metric) => metric.suppressed === "below-threshold")).toBe(true);
    expect((await questionDistributions(filter)).questions.every((question) => question.options === null)).toBe(true);
    expect((await benchmarkTable("region", filter)).total.n).toBeNull();
    expect((await overviewStats(filter, OVERVIEW_NOW)).medianSecondsToComplete).toBeNull();
  });
});
