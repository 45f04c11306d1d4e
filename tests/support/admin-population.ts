// A deterministic population for the admin-stats integration tests, and the slow obvious versions of every
// admin aggregate (read all rows into memory, filter, sort, count) to check lib/db/admin-stats against.
import { PART_A_IDS, PART_B_IDS, instrument, joinsPool, type Answers } from "@/lib/instrument";
import { demoResponses, type DemoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { analyseSales, hardNumbersInBasis, salesNumbers, toBasis } from "@/lib/scoring";
import { db } from "@/lib/db/client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { DIMENSION_QUESTION_IDS, type AdminFilter, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS, type Metric } from "@/lib/admin/dashboard-metrics";
import { INDEX_COLUMN } from "@/lib/db/score-columns";

const NOW = new Date("2026-11-01T12:00:00Z");
/** Completed responses whose participants kept them out of the benchmark pool (i = 38, 63, … 288). */
export const OUT_OF_POOL = 11;
/** Exactly this many completed responses are in the small industry, so its group is suppressed. */
export const SMALL_INDUSTRY = "energy-utilities";
export const SMALL_INDUSTRY_SIZE = 3;

/**
 * 300 demo responses: a small industry of 3, some without an industry, some with unusable or partial sales
 * numbers (strings, negatives, zero deals, no cycle), money in yen or in a currency without a rate, some too thin
 * for an overall index, a few kept out of the benchmark pool (OUT_OF_POOL of them: every aggregate but the overview
 * leaves them out); and 60 drafts at every step, those past the profile step carrying their profile answers.
 */
export async function seedAdminPopulation(): Promise<void> {
  const generated = demoResponses(seededRandom(6006), 300, NOW);
  const shaped = generated.map((response, i): DemoResponse => {
    const a: Answers = { ...response.answers };
    if (i < SMALL_INDUSTRY_SIZE) a[PART_A_IDS.industry] = SMALL_INDUSTRY;
    else if (a[PART_A_IDS.industry] === SMALL_INDUSTRY) a[PART_A_IDS.industry] = "other";
    if (i >= 3 && i < 8) delete a[PART_A_IDS.industry];
    if (i >= 8 && i < 12) a[PART_B_IDS.wonCount] = 0;
    if (i >= 12 && i < 16) a[PART_B_IDS.lostValue] = -5;
    if (i >= 16 && i < 20) a[PART_B_IDS.cycleDays] = "90" as unknown as number;
    if (i >= 20 && i < 26) for (const id of Object.values(PART_B_IDS)) delete a[id];
    if (i >= 26 && i < 30) for (const id of Object.keys(a)) if (!id.startsWith("a.") && !id.startsWith("d.")) delete a[id];
    // Money in other currencies: converted into dollars, or (no rate for it) left out of the money figures.
    if (i % 10 === 4) a[PART_B_IDS.currency] = "jpy";
    if (i % 10 === 5) a[PART_B_IDS.currency] = "other";
    if (i >= 30 && i % 25 === 13) a[PART_A_IDS.pool] = false;
    return { ...response, answers: a };
  });
  await insertDemoResponses(shaped, 100);
  const drafts = demoResponses(seededRandom(7007), 60, NOW).map((response, i) => {
    const step = i % (instrument.sections.length + 1);
    const answers = step === 0 ? {} : Object.fromEntries(Object.entries(response.answers).filter(([id]) => id.startsWith("a.profile")));
    return { instrumentVersion: instrument.version, answers, currentStep: step, startedAt: response.startedAt };
  });
  await db().response.createMany({ data: drafts });
}

export type Row = {
  status: "DRAFT" | "COMPLETED";
  /** From the answers: false when kept out of the benchmark pool. */
  inPool: boolean;
  answers: Answers;
  currentStep: number;
  startedAt: Date;
  completedAt: Date | null;
  dims: Record<Dimension, string | null>;
  values: Record<Metric, number | null>;
};

export async function readRows(): Promise<Row[]> {
  const rows = await db().response.findMany({ include: { score: true } });
  return rows.map((row) => {
    const answers = row.answers as Answers;
    const sales = analyseSales(salesNumbers(answers));
    const ok = (figure: { status: string; value?: number }) => (figure.status === "ok" ? figure.value! : null);
    const basis = hardNumbersInBasis(sales);
    const velocity = ok(sales.velocity);
    const score = row.score as unknown as Record<string, number | null> | null;
    const completed = row.status === "COMPLETED";
    return {
      status: row.status,
      inPool: joinsPool(answers),
      answers,
      currentStep: row.currentStep,
      startedAt: row.startedAt,
      completedAt: row.completedAt,
      dims: {
        industry: completed ? row.industry : strOrNull(answers[DIMENSION_QUESTION_IDS.industry]),
        companySize: completed ? row.companySize : strOrNull(answers[DIMENSION_QUESTION_IDS.companySize]),
        region: completed ? row.region : strOrNull(answers[DIMENSION_QUESTION_IDS.region]),
        salesModel: completed ? row.salesModel : strOrNull(answers[DIMENSION_QUESTION_IDS.salesModel]),
      },
      values: {
        ...(Object.fromEntries(INDEX_METRICS.map((m) => [m, score?.[INDEX_COLUMN[m]] ?? null])) as Record<Metric, number | null>),
        unitWinRate: ok(sales.winRates.unit),
        valueWinRate: ok(sales.winRates.value),
        // Money in US dollars, as the dashboards compare it.
        averageDealValue: basis.averageDeal,
        cycleDays: sales.numbers.cycleDays !== null && sales.numbers.cycleDays >= 0 ? sales.numbers.cycleDays : null,
        quotaAttainment: basis.quotaAttainment,
        sellersAtQuota: basis.sellersAtQuota,
        velocity: velocity === null ? null : toBasis(velocity, sales.numbers.currency),
        // Part B's raw answers: counts as given, totals in US dollars.
        opportunities: sales.numbers.opportunities,
        wonCount: sales.numbers.wonCount,
        lostCount: sales.numbers.lostCount,
        openCount: sales.numbers.openCount,
        wonValue: usd(sales.numbers.wonValue, sales.numbers.currency),
        lostValue: usd(sales.numbers.lostValue, sales.numbers.currency),
        openValue: usd(sales.numbers.openValue, sales.numbers.currency),
      },
    };
  });
}

const usd = (amount: number | null, currency: string | null) => (amount === null ? null : toBasis(amount, currency));

const strOrNull = (value: unknown) => (typeof value === "string" ? value : null);

/** The completed responses the benchmarks, distributions, questions and findings count: those in the pool. */
export const pooled = (row: Row) => row.status === "COMPLETED" && row.inPool;

export const matches = (row: Row, filter: AdminFilter) =>
  (Object.keys(filter) as Dimension[]).every((dimension) => filter[dimension] === undefined || row.dims[dimension] === filter[dimension]);

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export const presentValues = (rows: readonly Row[], metric: Metric) =>
  rows.map((row) => row.values[metric]).filter((value): value is number => value !== null);
