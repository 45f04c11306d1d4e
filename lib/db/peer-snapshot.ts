/**
 * A stored response's peers, read from the ScoreCount aggregate (docs/decisions/003-peer-percentiles.md):
 *
 *   peerSnapshot(responseId: string, options?: { minPeers?: number; client?: DbTransaction }): Promise<PeerSnapshot | null>
 *
 * Null when the response has no stored score (a draft, or not yet scored). The group is the most specific of
 * industry × size → industry → size → everyone with at least K completed responses besides this one (K from
 * PEER_GROUP_MIN_SIZE unless `minPeers` is given); the figures compare this response with that group under its
 * own scoring version. Two small index reads: the four candidate groups' sizes (≤ 4 × 102 rows), then the chosen
 * group's histograms (≤ 6 × 101 rows). Pass the submit transaction as `client` to see a score stored in it.
 */
import "server-only";
import { instrument } from "@/lib/instrument";
import { serverEnv } from "@/lib/env";
import {
  HISTOGRAM_LENGTH,
  PEER_METRICS,
  choosePeerGroup,
  peerGroupCandidates,
  summarisePeers,
  type PeerFilter,
  type PeerLevel,
  type PeerMetric,
  type PeerSnapshot,
} from "@/lib/scoring";
import { db } from "./client";
import type { DbTransaction } from "./scores";

/** ScoreCount's key for "any industry" or "any size". */
const ANY = "*";

export interface PeerSnapshotOptions {
  minPeers?: number;
  client?: DbTransaction;
}

export async function peerSnapshot(responseId: string, options: PeerSnapshotOptions = {}): Promise<PeerSnapshot | null> {
  const client = options.client ?? db();
  const minPeers = options.minPeers ?? serverEnv().PEER_GROUP_MIN_SIZE;
  const score = await client.score.findUnique({
    where: { responseId },
    select: {
      scoringVersion: true,
      overall: true,
      valueIndex: true,
      numberIndex: true,
      winRateIndex: true,
      salesCycleIndex: true,
      personalIndex: true,
      industry: true,
      companySize: true,
    },
  });
  if (!score) return null;

  const profile = { industry: score.industry, companySize: score.companySize };
  const counts = await countGroups(client, score.scoringVersion, peerGroupCandidates(profile));
  // The stored score is counted in the aggregate (every Score row is), so each count includes this response.
  const group = choosePeerGroup({ profile, counts, selfCounted: true, minPeers, instrument });
  return summarisePeers({
    scoringVersion: score.scoringVersion,
    minPeers,
    group,
    own: {
      overall: score.overall,
      value: score.valueIndex,
      number: score.numberIndex,
      winRate: score.winRateIndex,
      salesCycle: score.salesCycleIndex,
      personal: score.personalIndex,
    },
    histograms: await readHistograms(client, score.scoringVersion, group.filter),
    selfIncluded: true,
  });
}

const keyOf = (filter: PeerFilter) => ({ industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });

/** Completed responses (scored or insufficient) in each candidate group, this one included. */
async function countGroups(
  client: DbTransaction,
  scoringVersion: string,
  candidates: { level: PeerLevel; filter: PeerFilter }[],
): Promise<Partial<Record<PeerLevel, number>>> {
  const totals = await client.scoreCount.groupBy({
    by: ["industry", "companySize"],
    where: { scoringVersion, metric: "overall", OR: candidates.map(({ filter }) => keyOf(filter)) },
    _sum: { count: true },
  });
  return Object.fromEntries(
    candidates.map(({ level, filter }) => {
      const key = keyOf(filter);
      const total = totals.find((row) => row.industry === key.industry && row.companySize === key.companySize);
      return [level, total?._sum.count ?? 0];
    }),
  );
}

/** The group's 101 score counts per index; responses with insufficient data at an index are not in its counts. */
async function readHistograms(
  client: DbTransaction,
  scoringVersion: string,
  filter: PeerFilter,
): Promise<Record<PeerMetric, number[]>> {
  const rows = await client.scoreCount.findMany({
    where: { scoringVersion, ...keyOf(filter), score: { gte: 0 }, count: { gt: 0 } },
    select: { metric: true, score: true, count: true },
  });
  const histograms = Object.fromEntries(
    PEER_METRICS.map((metric) => [metric, new Array<number>(HISTOGRAM_LENGTH).fill(0)]),
  ) as Record<PeerMetric, number[]>;
  for (const row of rows) {
    const histogram = histograms[row.metric as PeerMetric];
    if (histogram) histogram[row.score] = row.count;
  }
  return histograms;
}
