import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { choosePeerGroup } from "./peer-group";
import { histogramOf } from "./percentile";
import { PEER_METRICS, PeerSnapshotSchema, histogramMedian, summarisePeers, type PeerMetric } from "./peer-snapshot";

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
