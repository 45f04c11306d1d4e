import { describe, expect, it } from "vitest";
import { PART_A_IDS, ResponseAnswersSchema } from "@/lib/instrument";
import { buildAnswers, type AnswerPick } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { submitResponse } from "@/lib/responses/api-submission";
import { publicBenchmarks } from "./benchmarks";

withMigratedDatabase();

async function submit(pick: AnswerPick, industry: string, region: string) {
  const answers = ResponseAnswersSchema.parse({ ...buildAnswers(pick), [PART_A_IDS.industry]: industry, [PART_A_IDS.region]: region });
  const outcome = await submitResponse({ answers });
  expect(outcome.status).toBe("created");
}

describe("publicBenchmarks", () => {
  it("gives quartiles of a group at or above the threshold, the same from the aggregate and from the rows", async () => {
    for (const pick of ["best", "worst", "middle", "best", "middle", "worst"] as const) await submit(pick, "energy-utilities", "europe");
    const fromAggregate = await publicBenchmarks({ industry: "energy-utilities" });
    const fromRows = await publicBenchmarks({ industry: "energy-utilities", region: "europe" });
    expect(fromAggregate).toMatchObject({ n: 6, suppressed: false, anonymityThreshold: 5 });
    expect(fromAggregate.indices.overall).toMatchObject({ n: 6, suppressed: false });
    expect(fromAggregate.indices.overall.p25).toBeLessThanOrEqual(fromAggregate.indices.overall.median!);
    expect(fromAggregate.indices.overall.median).toBeLessThanOrEqual(fromAggregate.indices.overall.p75!);
    expect(fromRows.indices).toEqual(fromAggregate.indices);
    expect(fromRows.n).toBe(6);
  });

  it("hides every figure of a group below the threshold, n included", async () => {
    await submit("best", "transport-logistics", "latin-america");
    await submit("worst", "transport-logistics", "latin-america");
    for (const query of [{ industry: "transport-logistics" }, { industry: "transport-logistics", region: "latin-america" }, { region: "north-america" }]) {
      const benchmarks = await publicBenchmarks(query);
      expect(benchmarks).toMatchObject({ n: null, suppressed: true });
      expect(Object.values(benchmarks.indices).every((stat) => stat.suppressed && stat.n === null && stat.median === null)).toBe(true);
    }
  });

  it("counts everyone without filters", async () => {
    const everyone = await publicBenchmarks({});
    expect(everyone.n).toBe(8);
    expect(everyone.filters).toEqual({ industry: null, companySize: null, region: null, salesModel: null });
  });
});
