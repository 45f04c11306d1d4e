import { describe, expect, it } from "vitest";
import { peerNumberPositions } from "./peer-number-scale";
import type { PeerNumberRow } from "./peer-numbers";

const row = (overrides: Partial<PeerNumberRow>): PeerNumberRow => ({
  metric: "unitWinRate",
  label: "Unit win rate",
  unit: "rate",
  lowerIsBetter: false,
  own: 0.12,
  median: 0.327,
  topQuartile: 0.41,
  percentile: 4,
  quartile: "bottom",
  peers: 40,
  text: "",
  ...overrides,
});

describe("peerNumberPositions", () => {
  it("puts rates on a 0–100% axis, better to the right", () => {
    const at = peerNumberPositions(row({}));
    expect(at.own).toBeCloseTo(0.12);
    expect(at.median).toBeCloseTo(0.327);
    expect(at.topQuartile).toBeCloseTo(0.41);
  });

  it("turns the cycle round, so the shorter one sits further right", () => {
    const at = peerNumberPositions(row({ metric: "cycleDays", unit: "days", lowerIsBetter: true, own: 120, median: 90, topQuartile: 60 }));
    expect(at.own!).toBeLessThan(at.median);
    expect(at.median).toBeLessThan(at.topQuartile);
  });

  it("keeps the median and the top quarter apart when the participant's deal is far larger", () => {
    const at = peerNumberPositions(row({ metric: "averageDeal", unit: "money", own: 5_000_000, median: 50_000, topQuartile: 90_000 }));
    expect(at.topQuartile - at.median).toBeGreaterThan(0.05);
    expect(at.own!).toBeGreaterThan(at.topQuartile);
    expect(Math.max(at.own!, at.median, at.topQuartile)).toBeLessThanOrEqual(1);
  });

  it("stretches a percentage axis past 100 when a figure is beyond it, and has no dot without the participant's figure", () => {
    const at = peerNumberPositions(row({ metric: "quotaAttainment", unit: "percent", own: null, median: 95, topQuartile: 180 }));
    expect(at.own).toBeNull();
    expect(at.topQuartile).toBeLessThan(1);
  });
});
