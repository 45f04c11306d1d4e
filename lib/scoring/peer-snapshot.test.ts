import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { choosePeerGroup } from "./peer-group";
import { histogramOf } from "./percentile";
import { PEER_METRICS, PeerSnapshotSchema, histogramMedian, histogramTopQuartile, summarisePeers, type PeerMetric } from "./peer-snapshot";

const group = choosePeerGroup({
  profile: { industry: "software", companySize: "250-999" },
  counts: { "industry-size": 21, industry: 60, size: 80, everyone: 500 },
  selfCounted: true,
  minPeers: 10,
  instrument,
});

const sameForAll = <T>(value: T) => Object.fromEntries(PEER_METRICS.map((metric) => [metric, value])) as Record<PeerMetric, T>;

describe("peer medians", () => {
  it("takes the middle score, or the mean of the two middle ones rounded half up", () => {
    expect(histogramMedian(histogramOf([10, 50, 90]))).toBe(50);
    expect(histogramMedian(histogramOf([10, 50, 51, 90]))).toBe(51);
    expect(histogramMedian(histogramOf([70]))).toBe(70);
    expect(histogramMedian(histogramOf([]))).toBeNull();
  });

  it("matches sorting the expanded list", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), (scores) => {
        const sorted = [...scores].sort((a, b) => a - b);
        const middle = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2;
        expect(histogramMedian(histogramOf(scores))).toBe(Math.floor(middle + 0.5));
      }),
    );
  });
});

describe("peer top quartiles", () => {
  it("takes percentile_cont's 75th percentile rounded half up, and nothing below the minimum count", () => {
    // Positions 0.75 × (n − 1): 1.5 between 50 and 90 → 70; between 50 and 51 → 50.5 → 51; 2.25 between 60 and 70 → 62.5 → 63.
    expect(histogramTopQuartile(histogramOf([10, 50, 90]), 1)).toBe(70);
    expect(histogramTopQuartile(histogramOf([10, 50, 51]), 1)).toBe(51);
    expect(histogramTopQuartile(histogramOf([10, 20, 60, 70]), 4)).toBe(63);
    expect(histogramTopQuartile(histogramOf([10, 20, 60, 70]), 5)).toBeNull();
    expect(histogramTopQuartile(histogramOf([]), 1)).toBeNull();
  });

  it("matches sorting the expanded list, and is never below the median", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), (scores) => {
        const sorted = [...scores].sort((a, b) => a - b);
        const position = 0.75 * (sorted.length - 1);
        const low = sorted[Math.floor(position)]!;
        const exact = low + (sorted[Math.ceil(position)]! - low) * (position - Math.floor(position));
        const quartile = histogramTopQuartile(histogramOf(scores), 1);
        expect(quartile).toBe(Math.floor(exact + 0.5 + 1e-9));
        expect(quartile).toBeGreaterThanOrEqual(histogramMedian(histogramOf(scores))!);
      }),
    );
  });
});

describe("peer snapshot", () => {
  it("takes this response out of its own group before any figure (the sample report's 70%)", () => {
    // 6 peers above 77, 14 below, plus this response itself at 77.
    const stored = histogramOf([...Array(6).fill(90), ...Array(14).fill(60), 77]);
    const snapshot = summarisePeers({
      scoringVersion: "2026.1",
      minPeers: 10,
      group,
      own: { ...sameForAll<number | null>(77), personal: 89 },
      histograms: { ...sameForAll(stored), personal: histogramOf([...Array(20).fill(50), 89]) },
      ownSections: { "c.alignment": 40 },
      sectionHistograms: { "c.alignment": histogramOf([20, 30, 40, 80]) },
      selfIncluded: true,
    });
    expect(snapshot.overall).toEqual({ percent: 70, better: 6, peers: 20 });
    expect(snapshot.personal).toEqual({ percent: 100, better: 0, peers: 20 });
    expect(snapshot.medians.overall).toBe(60);
    // 20 peers: position 14.25 among 14 × 60 then 6 × 90 is a 90; the personal 20 × 50 give 50.
    expect(snapshot.topQuartiles).toMatchObject({ overall: 90, personal: 50 });
    expect(snapshot.sectionMedians).toEqual({ "c.alignment": 30 });
    expect(snapshot.group).toMatchObject({ level: "industry-size", size: 20, industry: "software", companySize: "250-999" });
    expect(PeerSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it("gives no figure for an index this response has no score for, and leaves the histogram whole", () => {
    const stored = histogramOf([40, 60]);
    const snapshot = summarisePeers({
      scoringVersion: "2026.1",
      minPeers: 10,
      group,
      own: sameForAll<number | null>(null),
      histograms: sameForAll(stored),
      ownSections: { "c.alignment": null, "d.systems": null },
      sectionHistograms: { "c.alignment": stored },
      selfIncluded: true,
    });
    expect(snapshot.overall).toBeNull();
    expect(snapshot.medians.value).toBe(50);
    // Two peers are fewer than the minimum (K, as no anonymity threshold was given): a median, but no top quartile.
    expect(snapshot.topQuartiles?.value).toBeNull();
    // A section nobody in the group answered has no median.
    expect(snapshot.sectionMedians).toEqual({ "c.alignment": 50, "d.systems": null });
  });

  it("refuses a histogram that claims to include this response but does not", () => {
    expect(() =>
      summarisePeers({
        scoringVersion: "2026.1",
        minPeers: 10,
        group,
        own: sameForAll<number | null>(77),
        histograms: sameForAll(histogramOf([40])),
        ownSections: {},
        sectionHistograms: {},
        selfIncluded: true,
      }),
    ).toThrow(RangeError);
  });

  it("refuses a section histogram that claims to include this response but does not", () => {
    expect(() =>
      summarisePeers({
        scoringVersion: "2026.1",
        minPeers: 10,
        group,
        own: sameForAll<number | null>(null),
        histograms: sameForAll(histogramOf([40])),
        ownSections: { "d.systems": 60 },
        sectionHistograms: { "d.systems": histogramOf([40]) },
        selfIncluded: true,
      }),
    ).toThrow(/d\.systems/);
  });
});
