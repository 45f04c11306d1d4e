// The three attacks on GET /api/v1/benchmarks of issue 14, replayed on real stored responses through publicBenchmarks
// (what the route answers with): docs/decisions/019-benchmark-disclosure-control.md. Defaults: ANONYMITY_THRESHOLD 5,
// so BENCHMARK_QUARTILE_THRESHOLD 20.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { spreadLevels, storeResponses, type Profile, type StoredResponse } from "@/tests/support/benchmark-population";
import { countKeys, erasedScoreBounds, holding, quarters } from "@/tests/support/benchmark-attacks";
import { deleteResponse } from "@/lib/db/admin-responses";
import { serverEnv } from "@/lib/env";
import type { BenchmarkQuery } from "./benchmark-schemas";
import { publicBenchmarks } from "./benchmarks";

withMigratedDatabase();

const K = 5;
const FILTERS = ["industry", "companySize", "region", "salesModel"] as const;
const SALES_MODELS = ["field", "inside", "channel", "hybrid"] as const;

/** Every filter combination the API accepts that holds `profile`: each of its keys either set to its value or left out. */
function combinationsOf(profile: Partial<Profile>): BenchmarkQuery[] {
  const keys = FILTERS.filter((key) => profile[key] !== undefined);
  return Array.from({ length: 2 ** keys.length }, (_, mask) => Object.fromEntries(keys.flatMap((key, bit) => (mask & (1 << bit) ? [[key, profile[key]]] : []))));
}

const publishAll = (queries: readonly BenchmarkQuery[]) => Promise.all(queries.map((query) => publicBenchmarks(query)));

// Attack 1: software × 1,000–4,999 × North America, 26 responses; by sales model 7, 13 and 5 shown and 1 channel.
const ATTACK_1 = { industry: "software", companySize: "1000-4999", region: "north-america" } as const;
const ATTACK_1_MODELS = { field: 7, inside: 13, hybrid: 5, channel: 1 } as const;
// Attack 2: a group of five with five different scores.
const SMALL: Profile = { industry: "healthcare", companySize: "50-249", region: "europe", salesModel: "field" };
// Attack 3: an erasure from a group of six (the attack), of eight (shown before this change) and of 21 (shown now).
const ERASED_SMALL: Profile = { industry: "telecoms", companySize: "5000-19999", region: "asia-pacific", salesModel: "inside" };
const ERASED_MIDDLE: Profile = { industry: "retail-consumer", companySize: "20000-plus", region: "middle-east-africa", salesModel: "channel" };
const ERASED_LARGE: Profile = { industry: "manufacturing", companySize: "250-999", region: "latin-america", salesModel: "hybrid" };

let attack1Channel: StoredResponse[];
let small: StoredResponse[];
let erasedSmall: StoredResponse[];
let erasedMiddle: StoredResponse[];
let erasedLarge: StoredResponse[];

beforeAll(async () => {
  for (const [salesModel, count] of Object.entries(ATTACK_1_MODELS)) {
    const stored = await storeResponses({ ...ATTACK_1, salesModel }, spreadLevels(count));
    if (salesModel === "channel") attack1Channel = stored;
  }
  small = await storeResponses(SMALL, spreadLevels(5));
  erasedSmall = await storeResponses(ERASED_SMALL, spreadLevels(6));
  erasedMiddle = await storeResponses(ERASED_MIDDLE, spreadLevels(8));
  erasedLarge = await storeResponses(ERASED_LARGE, spreadLevels(21));
}, 120_000);

describe("GET /api/v1/benchmarks against the attacks of issue 14", () => {
  it("uses the defaults these tests assume", () => {
    expect(serverEnv()).toMatchObject({ ANONYMITY_THRESHOLD: K, BENCHMARK_QUARTILE_THRESHOLD: 4 * K });
  });

  it("subtraction: no figure counts anyone, so the hidden channel group's size cannot be worked out", async () => {
    // Every combination of the attack's filters, without a sales model and with each of them.
    const queries = [
      ...combinationsOf(ATTACK_1),
      ...SALES_MODELS.flatMap((salesModel) => combinationsOf({ ...ATTACK_1, salesModel }).filter((query) => query.salesModel)),
    ];
    const published = await publishAll(queries);
    expect(published.flatMap((payload) => countKeys(payload))).toEqual([]);
    const parent = await publicBenchmarks(ATTACK_1);
    expect(parent).toMatchObject({ suppressed: false, indices: { overall: { suppressed: false } } });

    // What is published about sizes is only shown or not; with the channel response erased it is all the same.
    const shown = (payloads: typeof published) => payloads.map((payload) => [payload.filters, payload.suppressed]);
    expect(await deleteResponse(attack1Channel[0]!.id)).toBe(true);
    expect(shown(await publishAll(queries))).toEqual(shown(published));
  });

  it("a small group: quartiles of a group below the threshold are never published", async () => {
    const scores = small.map((response) => response.overall).sort((a, b) => a - b);
    expect(new Set(scores).size).toBe(5);
    for (const payload of await publishAll(combinationsOf(SMALL).filter((query) => query.industry))) {
      expect(payload.suppressed).toBe(true);
      for (const stat of Object.values(payload.indices)) expect(stat).toEqual({ p25: null, median: null, p75: null, suppressed: true });
    }
  });

  it("an erasure from a group below the threshold changes nothing that is published", async () => {
    const queries = combinationsOf(ERASED_SMALL).filter((query) => query.industry);
    const before = await publishAll(queries);
    const removed = [...erasedSmall].sort((a, b) => a.overall - b.overall)[2]!;
    expect(await deleteResponse(removed.id)).toBe(true);
    const after = await publishAll(queries);
    expect(after).toEqual(before);
    for (const [i, payload] of before.entries()) {
      expect(erasedScoreBounds(payload.indices.overall, after[i]!.indices.overall)).toEqual({ from: 0, to: 100 });
    }
  });

  it.each([
    ["eight", () => [ERASED_MIDDLE, erasedMiddle] as const],
    ["21, shown before and after", () => [ERASED_LARGE, erasedLarge] as const],
  ])("an erasure from a group of %s: before and after place the removed score among at least k of the group", async (_, population) => {
    const [profile, stored] = population();
    const scores = stored.map((response) => response.overall);
    const queries = combinationsOf(profile).filter((query) => query.industry);
    const before = await publishAll(queries);
    // The middle score: the removal that the attack on issue 14 bounded exactly (≤ 41, true 41).
    const removed = [...stored].sort((a, b) => a.overall - b.overall)[Math.floor(stored.length / 2)]!;
    expect(await deleteResponse(removed.id)).toBe(true);
    const after = await publishAll(queries);
    const left = scores.filter((_, j) => stored[j] !== removed);
    for (const [i, payload] of before.entries()) {
      const bounds = erasedScoreBounds(payload.indices.overall, after[i]!.indices.overall);
      expect(bounds.from <= removed.overall && removed.overall <= bounds.to).toBe(true);
      expect(holding(scores, bounds), JSON.stringify({ query: queries[i], bounds })).toBeGreaterThanOrEqual(K);
      for (const quarter of quarters(payload.indices.overall)) expect(holding(scores, quarter)).toBeGreaterThanOrEqual(K);
      for (const quarter of quarters(after[i]!.indices.overall)) expect(holding(left, quarter)).toBeGreaterThanOrEqual(K);
    }
  });
});
