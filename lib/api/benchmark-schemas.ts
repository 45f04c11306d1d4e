// GET /api/v1/benchmarks: the filter (each a Part A option code) and the figures it returns under disclosure control.
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

const Quartile = z.int().min(0).max(100).nullable().meta({ description: "A whole percent (percentile_cont rounded half up); null when suppressed." });

export const BenchmarkStatSchema = z
  .strictObject({
    p25: Quartile,
    median: Quartile,
    p75: Quartile,
    suppressed: z.boolean().meta({
      description: "True when the group is suppressed or fewer than minimumGroupSize of its responses have this index: every quartile is null.",
    }),
  })
  .meta({ id: "BenchmarkStat", description: "An index's quartiles in the group: PostgreSQL's percentile_cont over whole-percent indices, rounded half up." });

export const BenchmarksSchema = z
  .strictObject({
    scoringVersion: z.string(),
    minimumGroupSize: z.int().min(1).meta({
      description:
        "BENCHMARK_QUARTILE_THRESHOLD: a group with fewer completed responses is suppressed, and an index needs this many for its quartiles. No count is published, not even as a band: a shown group has at least this many.",
    }),
    filters: z.strictObject({
      industry: z.string().nullable(),
      companySize: z.string().nullable(),
      region: z.string().nullable(),
      salesModel: z.string().nullable(),
    }),
    suppressed: z.boolean().meta({
      description: "True when the group has fewer than minimumGroupSize completed responses (or none): every figure is null, as for an empty group.",
    }),
    indices: z.strictObject(
      Object.fromEntries(PEER_METRICS.map((metric) => [metric, BenchmarkStatSchema])) as Record<
        (typeof PEER_METRICS)[number],
        typeof BenchmarkStatSchema
      >,
    ),
  })
  .meta({
    id: "Benchmarks",
    description:
      "A peer group's index quartiles under disclosure control (docs/decisions/019-benchmark-disclosure-control.md): one threshold, no counts.",
  });
export type Benchmarks = z.infer<typeof BenchmarksSchema>;
export type BenchmarkStat = z.infer<typeof BenchmarkStatSchema>;
