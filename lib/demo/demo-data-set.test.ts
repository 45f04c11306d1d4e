// The demo data set is what its generator claims: the same for a seed, firmographics in plausible proportions and
// consistent with each other, and outcomes that follow practice (scored by the real engine, not assumed).
import { describe, expect, it } from "vitest";
import { instrument, PART_A_IDS, PART_B_IDS, ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { analyseSales, salesNumbers, scoreResponse } from "@/lib/scoring";
import { demoBatches } from "./demo-batches";
import { COMPANY_SIZES, COMPANY_SIZE_WEIGHTS, INDUSTRY_WEIGHTS } from "./demo-profile";
import type { DemoResponse } from "./demo-responses";

const NOW = new Date("2026-06-01T00:00:00Z");

function dataSet(seed: number, count: number, drafts = 0, batchSize?: number) {
  const responses: DemoResponse[] = [];
  const abandoned = [];
  for (const batch of demoBatches({ count, drafts, seed, now: NOW, batchSize })) {
    responses.push(...batch.responses);
    abandoned.push(...batch.drafts);
  }
  return { responses, drafts: abandoned };
}

const share = (items: unknown[], test: (item: unknown) => boolean) => items.filter(test).length / items.length;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe("demo data set", () => {
  const { responses, drafts } = dataSet(20_260_101, 4000, 600);
  const answers = responses.map((response) => response.answers);

  it("is the same for the same seed, whatever the batch size or number of drafts, and differs for another", () => {
    const again = dataSet(20_260_101, 4000, 0, 777);
    expect(again.responses).toEqual(responses);
    expect(dataSet(20_260_101, 50, 600).drafts.slice(0, 50)).toEqual(drafts.slice(0, 50));
    expect(dataSet(7, 50).responses).not.toEqual(responses.slice(0, 50));
  });

  it("gives valid complete responses and drafts that stop at every step with the earlier steps' answers", () => {
    for (const response of responses.slice(0, 500)) {
      const result = ResponseAnswersSchema.safeParse(response.answers);
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
      expect(response.startedAt.getTime()).toBeLessThan(response.completedAt.getTime());
      expect(response.completedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    const steps = new Set(drafts.map((draft) => draft.currentStep));
    expect(steps.size).toBe(instrument.sections.length + 1);
    for (const draft of drafts) {
      const saved = new Set(instrument.sections.slice(0, draft.currentStep).flatMap((s) => s.questions.map((q) => q.id)));
      expect(Object.keys(draft.answers).every((id) => saved.has(id))).toBe(true);
    }
  });

  it("draws industries and company sizes in the stated proportions (within 2.5 points)", () => {
    const totalIndustry = Object.values(INDUSTRY_WEIGHTS).reduce((a, b) => a + b, 0);
    for (const [industry, weight] of Object.entries(INDUSTRY_WEIGHTS)) {
      expect(Math.abs(share(answers, (a) => (a as Answers)[PART_A_IDS.industry] === industry) - weight / totalIndustry)).toBeLessThan(0.025);
    }
    const totalSize = COMPANY_SIZE_WEIGHTS.reduce((a, b) => a + b, 0);
    COMPANY_SIZES.forEach((size, i) => {
      expect(Math.abs(share(answers, (a) => (a as Answers)[PART_A_IDS.companySize] === size) - COMPANY_SIZE_WEIGHTS[i]! / totalSize)).toBeLessThan(0.025);
    });
  });

  it("keeps firmographics consistent: revenue and team grow with head-count, inside sales is a small-company model", () => {
    const small = answers.filter((a) => a[PART_A_IDS.companySize] === "1-49");
    const large = answers.filter((a) => a[PART_A_IDS.companySize] === "20000-plus");
    expect(share(small, (a) => ["under-10m", "10m-50m"].includes((a as Answers)[PART_A_IDS.revenue] as string))).toBeGreaterThan(0.8);
    expect(share(large, (a) => ["1b-5b", "over-5b", "undisclosed"].includes((a as Answers)[PART_A_IDS.revenue] as string))).toBeGreaterThan(0.8);
    expect(share(small, (a) => ["1-5", "6-20"].includes((a as Answers)[PART_A_IDS.salesTeamSize] as string))).toBeGreaterThan(0.8);
    const inside = (group: Answers[]) => share(group, (a) => (a as Answers)[PART_A_IDS.salesModel] === "inside");
    expect(inside(small)).toBeGreaterThan(inside(large) + 0.1);
  });

  it("ties better practice to better outcomes: the top quartile of the overall index wins more, faster", () => {
    const scored = answers
      .map((a) => ({ overall: scoreResponse(a as Record<string, unknown>, instrument).overall, sales: analyseSales(salesNumbers(a as Record<string, unknown>)), a }))
      .filter((row) => row.overall !== null)
      .sort((x, y) => x.overall! - y.overall!);
    const quarter = Math.floor(scored.length / 4);
    const [bottom, top] = [scored.slice(0, quarter), scored.slice(-quarter)];
    const winRate = (rows: typeof scored) => mean(rows.flatMap((r) => (r.sales.winRates.unit.status === "ok" ? [r.sales.winRates.unit.value] : [])));
    const cycle = (rows: typeof scored) => mean(rows.flatMap((r) => (typeof r.a[PART_B_IDS.cycleDays] === "number" ? [r.a[PART_B_IDS.cycleDays] as number] : [])));
    const quota = (rows: typeof scored) => mean(rows.map((r) => r.a[PART_B_IDS.quotaAttainment] as number));
    expect(winRate(top)).toBeGreaterThan(winRate(bottom) + 0.1);
    expect(cycle(top)).toBeLessThan(cycle(bottom) * 0.8);
    expect(quota(top)).toBeGreaterThan(quota(bottom) + 15);
  });

  it("sizes deals by segment: larger companies and field sales sell bigger deals", () => {
    const dealSize = (test: (a: Answers) => boolean) =>
      mean(answers.filter(test).flatMap((a) => {
        const won = a[PART_B_IDS.wonCount] as number;
        return won > 0 ? [(a[PART_B_IDS.wonValue] as number) / won] : [];
      }));
    expect(dealSize((a) => a[PART_A_IDS.revenue] === "over-5b")).toBeGreaterThan(5 * dealSize((a) => a[PART_A_IDS.revenue] === "under-10m"));
    expect(dealSize((a) => a[PART_A_IDS.salesModel] === "field")).toBeGreaterThan(2 * dealSize((a) => a[PART_A_IDS.salesModel] === "inside"));
  });
});
