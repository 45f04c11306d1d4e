/**
 * A scored response compared with its peers (docs/decisions/003-peer-percentiles.md), from the counts lib/db reads:
 *
 *   peerSnapshot(responseId, options?: { minPeers?: number; client?: DbTransaction }): Promise<PeerSnapshot | null>
 *
 * Null when the response has no stored score (a draft, or not yet scored). The group is the most specific of
 * industry × size → industry → size → everyone with at least K completed responses in the benchmark pool besides this
 * one (K from PEER_GROUP_MIN_SIZE unless `minPeers` is given; a response outside the pool is compared with the whole
 * pool, where it is never counted); the figures compare this response with that group under its own scoring version,
 * index by index and section by section, and hard number by hard number (counted per bin;
 * docs/decisions/010-hard-number-peers.md), a hard number (or an index's top quartile) fewer peers than
 * ANONYMITY_THRESHOLD have being left out. Three small index reads: the Score row, the candidate groups' sizes, then
 * every count of the chosen group. Pass a transaction as `client` to see a score stored in it.
 *
 *   peerSnapshotBeforeStoring(own: OwnScore, options?): Promise<PeerSnapshot>
 *
 * The same comparison for a score not stored yet (the submit path): the group and figures it will have once stored,
 * read from the committed aggregate (which does not count it yet).
 *
 *   comparePeers(counts: PeerCounts, own: OwnScore, options: CompareOptions): Promise<PeerSnapshot>
 *
 * Both of the above, over any source of the aggregate's counts: the sample report passes the counts of a synthetic
 * population held in memory (lib/demo/sample-report.ts), so its figures come from this same code.
 */
import "server-only";
import { instrument } from "@/lib/instrument";
import { serverEnv } from "@/lib/env";
import {
  HARD_NUMBERS,
  HARD_NUMBER_BINS,
  HISTOGRAM_LENGTH,
  PEER_METRICS,
  choosePeerGroup,
  peerGroupCandidates,
  summariseHardNumbers,
  summarisePeers,
  type HardNumber,
  type PeerMetric,
  type PeerSnapshot,
} from "@/lib/scoring";
import { committedPeerCounts, peerCountsIn, readOwnScore, type GroupCounts, type OwnScore, type PeerCounts, type SparseCounts } from "@/lib/db/peer-counts";
import type { DbTransaction } from "@/lib/db/scores";

export async function peerSnapshot(
  responseId: string,
  options: { minPeers?: number; client?: DbTransaction } = {},
): Promise<PeerSnapshot | null> {
  const own = await readOwnScore(responseId, options.client);
  // A stored score in the pool is counted in the aggregate, so the counts and histograms include it; one outside the
  // pool is in no count, and is compared with the whole pool, like a score not stored yet.
  return own && comparePeers(peerCountsIn(options.client), own, { stored: own.inPool, minPeers: options.minPeers });
}

export function peerSnapshotBeforeStoring(own: OwnScore, options: { minPeers?: number } = {}): Promise<PeerSnapshot> {
  return comparePeers(committedPeerCounts(), own, { stored: false, minPeers: options.minPeers });
}

export interface CompareOptions {
  /** True when `own` is itself counted in `counts` (a stored score in the benchmark pool). */
  stored: boolean;
  /** K; PEER_GROUP_MIN_SIZE when not given. */
  minPeers?: number;
  /** A hard number fewer peers have is left out; ANONYMITY_THRESHOLD when not given. */
  anonymityThreshold?: number;
}

export async function comparePeers(counts: PeerCounts, own: OwnScore, options: CompareOptions): Promise<PeerSnapshot> {
  const minPeers = options.minPeers ?? serverEnv().PEER_GROUP_MIN_SIZE;
  const anonymityThreshold = options.anonymityThreshold ?? serverEnv().ANONYMITY_THRESHOLD;
  const profile = { industry: own.industry, companySize: own.companySize };
  const candidates = peerGroupCandidates(profile);
  const sizes = await counts.groupSizes(own.scoringVersion, candidates.map(({ filter }) => filter));
  const bySize = Object.fromEntries(candidates.map(({ level }, i) => [level, sizes[i] ?? 0]));
  const group = choosePeerGroup({ profile, counts: bySize, selfCounted: options.stored, minPeers, instrument });
  const { histograms, sectionHistograms, hardHistograms } = histogramsOf(await counts.groupCounts(own.scoringVersion, group.filter));
  const snapshot = summarisePeers({
    scoringVersion: own.scoringVersion,
    minPeers,
    group,
    own: own.indices,
    histograms,
    ownSections: own.sectionScores,
    sectionHistograms,
    selfIncluded: options.stored,
    quartileMinPeers: anonymityThreshold,
  });
  const hardNumbers = summariseHardNumbers({
    own: own.hardNumbers,
    histograms: hardHistograms,
    selfIncluded: options.stored,
    minPeers: anonymityThreshold,
  });
  return { ...snapshot, hardNumbers };
}

/** A histogram of `length` buckets from counts by bucket. */
function dense(length: number, counts: SparseCounts = {}): number[] {
  const histogram = new Array<number>(length).fill(0);
  for (const [bucket, count] of Object.entries(counts)) histogram[Number(bucket)] = count;
  return histogram;
}

/** 101 counts per index and per section (keyed by section id), and the counts per bin of each hard number. */
function histogramsOf(counts: GroupCounts) {
  const histograms = Object.fromEntries(PEER_METRICS.map((metric) => [metric, dense(HISTOGRAM_LENGTH, counts.indices[metric])])) as Record<PeerMetric, number[]>;
  const sectionHistograms = Object.fromEntries(Object.entries(counts.sections).map(([id, byScore]) => [id, dense(HISTOGRAM_LENGTH, byScore)]));
  const hardHistograms = Object.fromEntries(
    HARD_NUMBERS.map((metric) => [metric, dense(HARD_NUMBER_BINS[metric].count, counts.hardNumbers[metric])]),
  ) as Record<HardNumber, number[]>;
  return { histograms, sectionHistograms, hardHistograms };
}
