// Part B's raw answers on the Questions page (new opportunities, deals won, lost and open, and their values) equal a
// brute-force count made by SQL over the responses' answers themselves, never the Score columns: the counts as given
// and the totals divided by the study's rate (lib/scoring/currency.ts), each binned by lib/scoring, with n, the
// quartiles over the bins' centres and the anonymity threshold. So the stored columns, the ScoreHistogram counts and
// the filtered scan all agree with what participants typed.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { SMALL_INDUSTRY, percentileCont, seedAdminPopulation } from "@/tests/support/admin-population";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import type { SalesMetric } from "@/lib/admin/dashboard-metrics";
import { PART_A_IDS, PART_B_IDS } from "@/lib/instrument";
import { BINNED_FIGURE_BINS, UNITS_PER_USD, type AnswerFigure } from "@/lib/scoring";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { salesDistributions } from "./index";

withMigratedDatabase();
beforeAll(() => seedAdminPopulation(), 120_000);

/** Each raw answer's question, and whether it is money (divided by the rate) or a count (as given). */
const ANSWERS: Record<AnswerFigure & SalesMetric, [questionId: string, money: boolean]> = {
  opportunities: [PART_B_IDS.newOpportunities, false],
  wonCount: [PART_B_IDS.wonCount, false],
  lostCount: [PART_B_IDS.lostCount, false],
  openCount: [PART_B_IDS.openCount, false],
  wonValue: [PART_B_IDS.wonValue, true],
  lostValue: [PART_B_IDS.lostValue, true],
  openValue: [PART_B_IDS.openValue, true],
};

/** Responses in the benchmark pool, read from their answers: the pool question not answered false. */
const IN_POOL = Prisma.sql`NOT r.answers @> ${JSON.stringify({ [PART_A_IDS.pool]: false })}::jsonb`;

const rates = Prisma.join(Object.entries(UNITS_PER_USD).map(([currency, units]) => Prisma.sql`(${currency}, ${units}::float8)`));

/** ` AND r."dimension" = value …` of the filter (nothing for none). */
const whereSql = (filter: AdminFilter) => {
  const parts = Object.entries(filter).map(([dimension, value]) => Prisma.sql` AND r.${Prisma.raw(`"${dimension}"`)} = ${value}`);
  return parts.length ? Prisma.join(parts, "") : Prisma.empty;
};

/** The answer's values over the filtered completed responses, read from "Response".answers in SQL. */
async function answered(metric: keyof typeof ANSWERS, filter: AdminFilter): Promise<number[]> {
  const [questionId, money] = ANSWERS[metric];
  const rows = await db().$queryRaw<{ v: number }[]>`
    SELECT (r.answers -> ${questionId})::float8 / ${money ? Prisma.sql`rate.units` : Prisma.sql`1`} AS v
      FROM "Response" r
      LEFT JOIN (VALUES ${rates}) AS rate(currency, units)
        ON jsonb_typeof(r.answers -> ${PART_B_IDS.currency}) = 'string' AND rate.currency = lower(r.answers ->> ${PART_B_IDS.currency})
     WHERE r.status = 'COMPLETED' AND ${IN_POOL} AND jsonb_typeof(r.answers -> ${questionId}) = 'number'
       ${money ? Prisma.sql`AND rate.units IS NOT NULL` : Prisma.empty} ${whereSql(filter)}`;
  return rows.map((row) => row.v);
}

const FILTERS: AdminFilter[] = [{}, { industry: "software" }, { region: "europe" }, { region: "europe", salesModel: "field" }, { industry: SMALL_INDUSTRY }];

describe.each(FILTERS)("the raw answers' distributions %o", (filter) => {
  it("equal the answers counted bin by bin in SQL over the responses", async () => {
    const result = await salesDistributions(filter);
    const [{ n: responses }] = await db().$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM "Response" r WHERE r.status = 'COMPLETED' AND ${IN_POOL} ${whereSql(filter)}`;
    expect(result.responses).toBe(responses);
    for (const metric of Object.keys(ANSWERS) as (keyof typeof ANSWERS)[]) {
      const distribution = result.metrics.find((m) => m.metric === metric)!;
      const bins = BINNED_FIGURE_BINS[metric];
      const centres = (await answered(metric, filter)).map((value) => bins.valueOf(bins.binOf(value)));
      if (centres.length < 5 || responses < 5) {
        expect(distribution, metric).toMatchObject({ n: null, values: null, median: null, suppressed: "below-threshold" });
        continue;
      }
      const counts = new Map<number, number>();
      for (const centre of centres) counts.set(centre, (counts.get(centre) ?? 0) + 1);
      expect(distribution.n, metric).toBe(centres.length);
      expect(distribution.values, metric).toEqual([...counts].sort((a, b) => a[0] - b[0]));
      const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => percentileCont(centres, q)!);
      expect(distribution.p25, metric).toBeCloseTo(p25!, 9);
      expect(distribution.median, metric).toBeCloseTo(median!, 9);
      expect(distribution.p75, metric).toBeCloseTo(p75!, 9);
    }
  });
});

it("shows the raw answers for the whole population, with money in some currencies left out, and hides the small industry's", async () => {
  const all = await salesDistributions({});
  const small = await salesDistributions({ industry: SMALL_INDUSTRY });
  for (const metric of Object.keys(ANSWERS)) {
    expect(all.metrics.find((m) => m.metric === metric)!.suppressed, metric).toBeNull();
    expect(small.metrics.find((m) => m.metric === metric)!.suppressed, metric).toBe("below-threshold");
  }
  // Money in a currency without a rate is not counted: fewer won values than won counts.
  const n = (metric: string) => all.metrics.find((m) => m.metric === metric)!.n!;
  expect(n("wonValue")).toBeLessThan(n("wonCount"));
});
