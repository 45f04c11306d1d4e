import { describe, expect, it } from "vitest";
import { BandTableSchema, COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS, bandFor, type Band } from "./bands";

const tables = { company: COMPANY_BANDS, personal: PERSONAL_BANDS, revenuePotential: REVENUE_POTENTIAL_BANDS };

describe("band tables", () => {
  it.each(Object.entries(tables))("%s bands are well formed and cover 0–100 exactly once, in order", (_, bands) => {
    expect(BandTableSchema.safeParse(bands).success).toBe(true);
    expect(bands[0]!.min).toBe(0);
    expect(bands.at(-1)!.max).toBe(100);
    bands.forEach((band, i) => {
      expect(band.min).toBeLessThanOrEqual(band.max);
      if (i > 0) expect(band.min).toBe(bands[i - 1]!.max + 1);
    });
    expect(new Set(bands.map((band) => band.id)).size).toBe(bands.length);
    expect(new Set(bands.map((band) => band.name)).size).toBe(bands.length);
  });

  it.each<[string, number, readonly Band[], string]>([
    ["sample company overall", 77, COMPANY_BANDS, "High Performer"],
    ["bottom of the company scale", 0, COMPANY_BANDS, "Foundation Builder"],
    ["one below High Performer", 74, COMPANY_BANDS, "Solid Performer"],
    ["first High Performer", 75, COMPANY_BANDS, "High Performer"],
    ["top of the company scale", 100, COMPANY_BANDS, "World Class"],
    ["sample personal index", 89, PERSONAL_BANDS, "Dealmaker Ace"],
    ["one below Dealmaker Ace", 84, PERSONAL_BANDS, "Accomplished Dealmaker"],
    ["lowest personal", 0, PERSONAL_BANDS, "Getting Started"],
    ["sub-index at 75", 75, REVENUE_POTENTIAL_BANDS, "Minimal"],
    ["sub-index at 100", 100, REVENUE_POTENTIAL_BANDS, "Minimal"],
    ["sub-index at 74", 74, REVENUE_POTENTIAL_BANDS, "Moderate"],
    ["sub-index at 59", 59, REVENUE_POTENTIAL_BANDS, "Significant"],
    ["sub-index at 39", 39, REVENUE_POTENTIAL_BANDS, "Major"],
  ])("%s (%i) is %s", (_, score, bands, name) => {
    expect(bandFor(score, bands)?.name).toBe(name);
  });

  it("gives no band to a missing score rather than the lowest one", () => {
    expect(bandFor(null, COMPANY_BANDS)).toBeNull();
    expect(bandFor(Number.NaN, COMPANY_BANDS)).toBeNull();
  });
});
