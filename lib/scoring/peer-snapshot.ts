// What a report says about a response's peers, frozen at the time the report is made: the group used, the
// company and personal relative performance, and the peers' median of each index and of each survey section. The
// database supplies the groups' counts and histograms (lib/db/peer-counts.ts, composed by
// lib/responses/peer-comparison.ts); this turns them into the stored figures.
import { z } from "zod";
import { PEER_LEVELS, type PeerGroup } from "./peer-group";
import { HISTOGRAM_LENGTH, relativePerformance } from "./percentile";
import { roundPercent } from "./rounding";
import { histogramQuantile, scoreAtRank } from "./histogram-quantile";
import { HardNumbersPeersSchema } from "./hard-numbers";

/** The indices counted per peer group; "overall" is the company Dealmaker Index. */
export const PEER_METRICS = ["overall", "value", "number", "winRate", "salesCycle", "personal"] as const;
export type PeerMetric = (typeof PEER_METRICS)[number];

const WholePercentSchema = z.int().min(0).max(100);

export const RelativePerformanceSchema = z.strictObject({
  percent: WholePercentSchema,
  better: z.int().min(0),
  peers: z.int().min(1),
});

export const PeerSnapshotSchema = z.strictObject({
  scoringVersion: z.string(),
  /** K: the minimum number of other completed responses a group needed. */
  minPeers: z.int().min(1),
  group: z.strictObject({
    level: z.enum(PEER_LEVELS),
    label: z.string(),
    /** Completed responses in the group other than this one. */
    size: z.int().min(0),
    industry: z.string().nullable(),
    companySize: z.string().nullable(),
    meetsMinimum: z.boolean(),
  }),
  /** Null when this response has no overall index (insufficient data) or no peer has one. */
  overall: RelativePerformanceSchema.nullable(),
  personal: RelativePerformanceSchema.nullable(),
  /** Median of each index over the peers that have it (not this response); null when none has. */
  medians: z.strictObject(Object.fromEntries(PEER_METRICS.map((metric) => [metric, WholePercentSchema.nullable()])) as {
    [M in PeerMetric]: z.ZodNullable<typeof WholePercentSchema>;
  }),
  /**
   * The 75th percentile of each index over the same peers (percentile_cont, rounded half up): with the median, the
   * peers' spread that a later report judges a change by. Null when fewer peers than the anonymity threshold have
   * the index; absent in snapshots taken before it was stored.
   */
  topQuartiles: z
    .strictObject(Object.fromEntries(PEER_METRICS.map((metric) => [metric, WholePercentSchema.nullable()])) as {
      [M in PeerMetric]: z.ZodNullable<typeof WholePercentSchema>;
    })
    .optional(),
  /** Median of each Part C and D section's score by section id, on the same terms as `medians`. */
  sectionMedians: z.record(z.string(), WholePercentSchema.nullable()),
  /** The hard numbers' peer figures (lib/scoring/hard-numbers.ts); absent in snapshots taken before they existed. */
  hardNumbers: HardNumbersPeersSchema.optional(),
});

export type PeerSnapshot = z.infer<typeof PeerSnapshotSchema>;

export interface SummarisePeersInput {
  scoringVersion: string;
  minPeers: number;
  group: PeerGroup;
  /** This response's own indices (null: insufficient data). */
  own: Readonly<Record<PeerMetric, number | null>>;
  /** The chosen group's 101 score counts per index (responses with no score at that index are not in them). */
  histograms: Readonly<Record<PeerMetric, readonly number[]>>;
  /** This response's section scores by section id (null: none of the section's items answered); one median each. */
  ownSections: Readonly<Record<string, number | null>>;
  /** The chosen group's 101 score counts per section id, as `histograms`; a section with none is all zeros. */
  sectionHistograms: Readonly<Record<string, readonly number[]>>;
  /** The histograms count this response too (it is stored): it is taken out before any figure is made. */
  selfIncluded: boolean;
  /** ANONYMITY_THRESHOLD: an index's top quartile is given only when at least this many peers have it (default K). */
  quartileMinPeers?: number;
}

export function summarisePeers(input: SummarisePeersInput): PeerSnapshot {
  const peersOnly = (name: string, stored: readonly number[] | undefined, own: number | null): number[] => {
    const histogram = stored ? [...stored] : new Array<number>(HISTOGRAM_LENGTH).fill(0);
    if (input.selfIncluded && own !== null) {
      if (!(histogram[own]! > 0)) throw new RangeError(`Histogram of ${name} said to include this response has nobody at ${own}`);
      histogram[own]! -= 1;
    }
    return histogram;
  };
  const metricPeers = (metric: PeerMetric) => peersOnly(metric, input.histograms[metric], input.own[metric]);
  const relative = (metric: PeerMetric) => {
    const own = input.own[metric];
    return own === null ? null : relativePerformance(own, metricPeers(metric));
  };
  const { group } = input;
  return {
    scoringVersion: input.scoringVersion,
    minPeers: input.minPeers,
    group: {
      level: group.level,
      label: group.label,
      size: group.size,
      industry: group.filter.industry,
      companySize: group.filter.companySize,
      meetsMinimum: group.meetsMinimum,
    },
    overall: relative("overall"),
    personal: relative("personal"),
    medians: Object.fromEntries(PEER_METRICS.map((metric) => [metric, histogramMedian(metricPeers(metric))])) as Record<
      PeerMetric,
      number | null
    >,
    topQuartiles: Object.fromEntries(
      PEER_METRICS.map((metric) => [metric, histogramTopQuartile(metricPeers(metric), input.quartileMinPeers ?? input.minPeers)]),
    ) as Record<PeerMetric, number | null>,
    sectionMedians: Object.fromEntries(
      Object.entries(input.ownSections).map(([sectionId, own]) => [
        sectionId,
        histogramMedian(peersOnly(`section ${sectionId}`, input.sectionHistograms[sectionId], own)),
      ]),
    ),
  };
}

/**
 * The median of the scores a histogram counts: the middle score, or with an even number of scores the mean of
 * the two middle ones rounded half up (as every published percentage is). Null for an empty histogram.
 */
export function histogramMedian(histogram: readonly number[]): number | null {
  if (histogram.length !== HISTOGRAM_LENGTH) throw new RangeError(`Histogram must have ${HISTOGRAM_LENGTH} counts`);
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const lower = scoreAtRank(histogram, Math.floor((total - 1) / 2));
  const upper = scoreAtRank(histogram, Math.floor(total / 2));
  return roundPercent((lower + upper) / 2);
}

/** The 75th percentile of the scores a histogram counts, rounded half up; null when it counts fewer than `minPeers`. */
export function histogramTopQuartile(histogram: readonly number[], minPeers: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  const quartile = total === 0 || total < minPeers ? null : histogramQuantile(histogram, 0.75);
  return quartile === null ? null : roundPercent(quartile);
}
