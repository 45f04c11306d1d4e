/**
 * The reads behind a peer comparison (docs/decisions/003-peer-percentiles.md); lib/responses/peer-comparison.ts
 * chooses the group and turns the counts into figures.
 *
 *   readOwnScore(responseId, client?): Promise<StoredOwnScore | null>
 *
 * What a comparison needs of a stored Score row, and whether the aggregate counts it (a score outside the benchmark
 * pool is in no count); null when the response has none (a draft, or not yet scored).
 *
 *   peerCountsIn(client?) / committedPeerCounts(): PeerCounts
 *
 * Reads of the ScoreHistogram aggregate (score-histograms.ts), through a Prisma client or transaction (which sees a
 * score stored in it) or straight through the pool (committed rows only; the submit path reads there before its short
 * write, so no aggregate row is locked while it is read). `groupSizes` reads one sum per candidate group, `groupCounts`
 * the chosen group's row.
 *
 *   groupSizeOf(row) / groupCountsOf(row)
 *
 * The same two figures from a row already in memory (the sample report counts a synthetic population's rows in
 * JavaScript, lib/demo/sample-report.ts).
 */
import "server-only";
import {
  HARD_NUMBERS,
  PEER_METRICS,
  SCORE_HISTOGRAM_LAYOUT,
  SECTION_METRIC_PREFIX,
  binnedMetric,
  histogramSlice,
  type HardNumber,
  type PeerFilter,
  type PeerMetric,
} from "@/lib/scoring";
import { db } from "./client";
import { HARD_NUMBER_COLUMNS, INDEX_COLUMNS, SectionScoresColumnSchema, hardNumbersOf, indicesOf } from "./score-columns";
import { ANY, committedQuery, queryIn, readScoreHistograms, scoreCounts, sliceOf, type HistogramRow, type Query } from "./score-histograms";
import type { DbTransaction } from "./scores";

const SECTION_METRICS = SCORE_HISTOGRAM_LAYOUT.map((slice) => slice.metric).filter((metric) => metric.startsWith(SECTION_METRIC_PREFIX));
/** What a peer comparison needs of one scored response (a stored Score row, or a score about to be stored). */
export interface OwnScore {
  scoringVersion: string;
  industry: string | null;
  companySize: string | null;
  indices: Readonly<Record<PeerMetric, number | null>>;
  sectionScores: Readonly<Record<string, number | null>>;
  /** In the basis peers are compared in (money in US dollars): the Score row's hard-number columns. */
  hardNumbers: Readonly<Record<HardNumber, number | null>>;
}

/** A stored score: `inPool` says whether ScoreHistogram counts it (docs/decisions/026-benchmark-pool.md). */
export interface StoredOwnScore extends OwnScore {
  inPool: boolean;
}

export async function readOwnScore(responseId: string, client: DbTransaction = db()): Promise<StoredOwnScore | null> {
  const score = await client.score.findUnique({
    where: { responseId },
    select: { scoringVersion: true, ...INDEX_COLUMNS, sectionScores: true, ...HARD_NUMBER_COLUMNS, industry: true, companySize: true, inPool: true },
  });
  if (!score) return null;
  return {
    inPool: score.inPool,
    scoringVersion: score.scoringVersion,
    industry: score.industry,
    companySize: score.companySize,
    indices: indicesOf(score),
    sectionScores: SectionScoresColumnSchema.parse(score.sectionScores),
    hardNumbers: hardNumbersOf(score),
  };
}

/** Counts by score (an index or section score, or a hard number's bin), only those above zero. */
export type SparseCounts = Record<number, number>;

/** One group's counts: by index metric, by section id and by hard number. */
export interface GroupCounts {
  indices: Record<string, SparseCounts>;
  sections: Record<string, SparseCounts>;
  hardNumbers: Record<string, SparseCounts>;
}

export interface PeerCounts {
  /** Completed responses (scored or insufficient) in each group, in the order given. */
  groupSizes(scoringVersion: string, filters: readonly PeerFilter[]): Promise<number[]>;
  /** The group's counts; responses with insufficient data at an index, no answer in a section or no figure are not in them. */
  groupCounts(scoringVersion: string, filter: PeerFilter): Promise<GroupCounts>;
}

export const peerCountsIn = (client: DbTransaction = db()): PeerCounts => peerCounts(queryIn(client));

export const committedPeerCounts = (): PeerCounts => peerCounts(committedQuery);

const keyOf = (filter: PeerFilter) => ({ industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });

/** Counts above zero, by position: an index's or section's scores, or a binned figure's bins. */
function sparse(counts: readonly number[]): SparseCounts {
  const nonZero: SparseCounts = {};
  counts.forEach((count, at) => {
    if (count > 0) nonZero[at] = count;
  });
  return nonZero;
}

const hasAny = (counts: SparseCounts) => Object.keys(counts).length > 0;

const peerCounts = (query: Query): PeerCounts => ({
  async groupSizes(scoringVersion, filters) {
    const keys = filters.map(keyOf);
    const overall = histogramSlice("overall");
    // Every response counts once in a group's overall index, "insufficient data" included. One primary-key lookup
    // per candidate group.
    const totals = (await query(
      `SELECT k.industry, k."companySize", coalesce((
         SELECT (SELECT sum(c)::int FROM unnest(h.counts[${overall.offset + 1}:${overall.offset + overall.width}]) AS c)
           FROM "ScoreHistogram" AS h
          WHERE h."scoringVersion" = $1 AND h.industry = k.industry AND h."companySize" = k."companySize"
       ), 0) AS count
       FROM unnest($2::text[], $3::text[]) AS k(industry, "companySize")`,
      [scoringVersion, keys.map((key) => key.industry), keys.map((key) => key.companySize)],
    )) as { industry: string; companySize: string; count: number }[];
    return keys.map((key) => totals.find((row) => row.industry === key.industry && row.companySize === key.companySize)?.count ?? 0);
  },

  async groupCounts(scoringVersion, filter) {
    const [row] = await readScoreHistograms(query, { scoringVersion, ...keyOf(filter) });
    return groupCountsOf(row);
  },
});

/** Completed responses in a group: every one counts once in its overall index, "insufficient data" included. */
export function groupSizeOf(row: HistogramRow | undefined): number {
  return row ? sliceOf(row, "overall").reduce((sum, count) => sum + count, 0) : 0;
}

/** A group's counts cut from its ScoreHistogram row (none without a row). */
export function groupCountsOf(row: HistogramRow | undefined): GroupCounts {
  const counts: GroupCounts = { indices: {}, sections: {}, hardNumbers: {} };
  if (!row) return counts;
  for (const metric of PEER_METRICS) {
    const byScore = sparse(scoreCounts(sliceOf(row, metric)).byScore);
    if (hasAny(byScore)) counts.indices[metric] = byScore;
  }
  for (const metric of SECTION_METRICS) {
    const byScore = sparse(scoreCounts(sliceOf(row, metric)).byScore);
    if (hasAny(byScore)) counts.sections[metric.slice(SECTION_METRIC_PREFIX.length)] = byScore;
  }
  for (const metric of HARD_NUMBERS) {
    const byBin = sparse(sliceOf(row, binnedMetric(metric)));
    if (hasAny(byBin)) counts.hardNumbers[metric] = byBin;
  }
  return counts;
}
