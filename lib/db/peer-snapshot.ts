/**
 * A stored response's peers, read from the ScoreCount aggregate (docs/decisions/003-peer-percentiles.md):
 *
 *   peerSnapshot(responseId: string, options?: { minPeers?: number; client?: DbTransaction }): Promise<PeerSnapshot | null>
 *
 * Null when the response has no stored score (a draft, or not yet scored). The group is the most specific of
 * industry × size → industry → size → everyone with at least K completed responses besides this one (K from
 * PEER_GROUP_MIN_SIZE unless `minPeers` is given); the figures compare this response with that group under its
 * own scoring version, index by index and section by section (ScoreCount metric "section:<sectionId>"). Three small
 * index reads: this response's Score row, the four candidate groups' sizes (≤ 4 × 102 rows), then every histogram of
 * the chosen group in one query (≤ 18 × 101 rows, sent as one JSON value). Pass the submit transaction as `client` to see a score stored in it.
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
import { INDEX_COLUMNS, SectionScoresColumnSchema } from "./score-columns";
import type { DbTransaction } from "./scores";

/** ScoreCount's key for "any industry" or "any size". */
const ANY = "*";
/** ScoreCount's metric for a section is this prefix and the section id (see the section_scores migration). */
const SECTION_METRIC_PREFIX = "section:";

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
      ...INDEX_COLUMNS,
      sectionScores: true,
      industry: true,
      companySize: true,
    },
  });
  if (!score) return null;

  const profile = { industry: score.industry, companySize: score.companySize };
  const counts = await countGroups(client, score.scoringVersion, peerGroupCandidates(profile));
  // The stored score is counted in the aggregate (every Score row is), so each count includes this response.
  const group = choosePeerGroup({ profile, counts, selfCounted: true, minPeers, instrument });
  const { histograms, sectionHistograms } = await readHistograms(client, score.scoringVersion, group.filter);
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
    histograms,
    ownSections: SectionScoresColumnSchema.parse(score.sectionScores),
    sectionHistograms,
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

/**
 * The group's 101 score counts per index and per section (keyed by section id); responses with insufficient data
 * at an index, or no answer in a section, are not in its counts. The database sends them as one JSON value,
 * { metric: { score: count } }: up to 18 × 101 rows through the client took longer than the query itself.
 */
async function readHistograms(client: DbTransaction, scoringVersion: string, filter: PeerFilter) {
  const key = keyOf(filter);
  const [row] = await client.$queryRaw<{ histograms: Record<string, Record<string, number>> | null }[]>`
    SELECT json_object_agg(metric, counts) AS histograms
    FROM (
      SELECT metric, json_object_agg(score, count) AS counts
      FROM "ScoreCount"
      WHERE "scoringVersion" = ${scoringVersion} AND industry = ${key.industry} AND "companySize" = ${key.companySize}
        AND score >= 0 AND count > 0
      GROUP BY metric
    ) AS metric_counts`;
  const empty = () => new Array<number>(HISTOGRAM_LENGTH).fill(0);
  const histograms = Object.fromEntries(PEER_METRICS.map((metric) => [metric, empty()])) as Record<PeerMetric, number[]>;
  const sectionHistograms: Record<string, number[]> = {};
  for (const [metric, counts] of Object.entries(row?.histograms ?? {})) {
    const histogram = metric.startsWith(SECTION_METRIC_PREFIX)
      ? (sectionHistograms[metric.slice(SECTION_METRIC_PREFIX.length)] ??= empty())
      : histograms[metric as PeerMetric];
    if (!histogram) continue;
    for (const [score, count] of Object.entries(counts)) histogram[Number(score)] = count;
  }
  return { histograms, sectionHistograms };
}
