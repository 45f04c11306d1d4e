// GET /api/v1/benchmarks: the filter (each a Part A option code) and the suppressed aggregate it returns.
import "zod-openapi";
import { z } from "zod";
import { PART_A_IDS, findQuestion } from "@/lib/instrument";
import { PEER_METRICS } from "@/lib/scoring";

function optionCodes(questionId: string): [string, ...string[]] {
  const question = findQuestion(questionId);
  if (question?.kind !== "choice") throw new Error(`${questionId} is not a choice question`);
  return question.options.map((option) => option.value) as [string, ...string[]];
}

const codeParam = (questionId: string, description: string) =>
  z.enum(optionCodes(questionId), { error: `Use one of the option values of ${questionId} (GET /api/v1/instrument)` }).optional().meta({
    param: { description },
  });

export const BenchmarkQuerySchema = z
  .strictObject({
    industry: codeParam(PART_A_IDS.industry, `An option value of ${PART_A_IDS.industry}.`),
    companySize: codeParam(PART_A_IDS.companySize, `An option value of ${PART_A_IDS.companySize}.`),
    region: codeParam(PART_A_IDS.region, `An option value of ${PART_A_IDS.region}.`),
    salesModel: codeParam(PART_A_IDS.salesModel, `An option value of ${PART_A_IDS.salesModel}.`),
  })
  .meta({ id: "BenchmarkQuery" });
export type BenchmarkQuery = z.infer<typeof BenchmarkQuerySchema>;

const Quantile = z.number().min(0).max(100).nullable();

export const BenchmarkStatSchema = z
  .strictObject({
    n: z.int().min(0).nullable().meta({ description: "Responses with this index; null when suppressed." }),
    median: Quantile,
    p25: Quantile,
    p75: Quantile,
    suppressed: z.boolean().meta({ description: "True when fewer than the anonymity threshold have this index: every figure is null." }),
  })
  .meta({ id: "BenchmarkStat", description: "Quantiles as PostgreSQL's percentile_cont (interpolated) over whole-percent indices." });

export const BenchmarksSchema = z
  .strictObject({
    scoringVersion: z.string(),
    anonymityThreshold: z.int().min(1),
    filters: z.strictObject({
      industry: z.string().nullable(),
      companySize: z.string().nullable(),
      region: z.string().nullable(),
      salesModel: z.string().nullable(),
    }),
    n: z.int().min(0).nullable().meta({ description: "Completed responses in the group; null when suppressed." }),
    suppressed: z.boolean(),
    indices: z.strictObject(
      Object.fromEntries(PEER_METRICS.map((metric) => [metric, BenchmarkStatSchema])) as Record<
        (typeof PEER_METRICS)[number],
        typeof BenchmarkStatSchema
      >,
    ),
  })
  .meta({ id: "Benchmarks" });
export type Benchmarks = z.infer<typeof BenchmarksSchema>;
export type BenchmarkStat = z.infer<typeof BenchmarkStatSchema>;
