import { describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { spreadLevels, storeResponses } from "@/tests/support/benchmark-population";
import { publicBenchmarks } from "./benchmarks";

withMigratedDatabase();

// BENCHMARK_QUARTILE_THRESHOLD is 4 × ANONYMITY_THRESHOLD (5) unless set.
const T = 20;
const profile = (industry: string, region: string) => ({ industry, region, companySize: "250-999", salesModel: "field" });

describe("publicBenchmarks", () => {
  it("gives whole-percent quartiles of a group at the threshold, the same from the aggregate and from the rows", async () => {
    await storeResponses(profile("energy-utilities", "europe"), spreadLevels(T));
    const fromAggregate = await publicBenchmarks({ industry: "energy-utilities" });
    const fromRows = await publicBenchmarks({ industry: "energy-utilities", region: "europe" });
    expect(fromAggregate).toMatchObject({ suppressed: false, minimumGroupSize: T });
    const { p25, median, p75, suppressed } = fromAggregate.indices.overall;
    expect(suppressed).toBe(false);
    expect([p25, median, p75].every(Number.isInteger)).toBe(true);
    expect(p25).toBeLessThanOrEqual(median!);
    expect(median).toBeLessThanOrEqual(p75!);
    expect(fromRows.indices).toEqual(fromAggregate.indices);
  });

  it("hides every figure of a group below the threshold, whichever path reads it", async () => {
    await storeResponses(profile("transport-logistics", "latin-america"), spreadLevels(T - 1));
    for (const query of [{ industry: "transport-logistics" }, { industry: "transport-logistics", region: "latin-america" }, { region: "north-america" }]) {
      const benchmarks = await publicBenchmarks(query);
      expect(benchmarks.suppressed).toBe(true);
      expect(Object.values(benchmarks.indices).every((stat) => stat.suppressed && stat.median === null && stat.p25 === null)).toBe(true);
    }
  });

  it("answers for everyone without filters", async () => {
    const everyone = await publicBenchmarks({});
    expect(everyone).toMatchObject({ suppressed: false, filters: { industry: null, companySize: null, region: null, salesModel: null } });
  });
});
