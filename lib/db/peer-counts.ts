/**
 * The reads behind a peer comparison (docs/decisions/003-peer-percentiles.md); lib/responses/peer-comparison.ts
 * chooses the group and turns the counts into figures.
 *
 *   readOwnScore(responseId, client?): Promise<OwnScore | null>
 *
 * What a comparison needs of a stored Score row; null when the response has none (a draft, or not yet scored).
 *
 *   peerCountsIn(client?) / committedPeerCounts(): PeerCounts
 *
 * Reads of the ScoreCount aggregate, through a Prisma client or transaction (which sees a score stored in it) or
 * straight through the pool (committed rows only; the submit path reads there before its short write, so no
 * aggregate row is locked while it is read). `groupSizes` is one index lookup per candidate group; `histograms`
 * sends every count of one group (18 × 101 index and section counts and the hard numbers' occupied bins) as one
 * JSON value: that many rows through the client took longer than the query itself.
 */
import "server-only";
import type { HardNumber, PeerFilter, PeerMetric } from "@/lib/scoring";
import { db, sqlPool } from "./client";
import { HARD_NUMBER_COLUMNS, INDEX_COLUMNS, SectionScoresColumnSchema, hardNumbersOf, indicesOf } from "./score-columns";
import type { DbTransaction } from "./scores";

/** ScoreCount's key for "any industry" or "any size". */
const ANY = "*";
/** ScoreCount's metric for a section is this prefix and the section id (see the section_scores migration). */
const SECTION_METRIC_PREFIX = "section:";
/** …and for a hard number, this prefix and its name (hard_number_counts migration). */
const HARD_METRIC_PREFIX = "hard:";

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

export async function readOwnScore(responseId: string, client: DbTransaction = db()): Promise<OwnScore | null> {
  const score = await client.score.findUnique({
    where: { responseId },
    select: { scoringVersion: true, ...INDEX_COLUMNS, sectionScores: true, ...HARD_NUMBER_COLUMNS, industry: true, companySize: true },
  });
  if (!score) return null;
  return {
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

/** Runs one read with parameters $1…: through a Prisma client or transaction, or straight through the pool. */
type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const peerCountsIn = (client: DbTransaction = db()): PeerCounts => peerCounts((sql, params) => client.$queryRawUnsafe(sql, ...params));

export const committedPeerCounts = (): PeerCounts => peerCounts(async (sql, params) => (await sqlPool().query(sql, params)).rows);

const keyOf = (filter: PeerFilter) => ({ industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });

const peerCounts = (query: Query): PeerCounts => ({
  async groupSizes(scoringVersion, filters) {
    const keys = filters.map(keyOf);
    // One index lookup per candidate group (a semi-join over the key list made PostgreSQL scan the whole table).
    const totals = (await query(
      `SELECT k.industry, k."companySize", coalesce(group_total.count, 0) AS count
       FROM unnest($2::text[], $3::text[]) AS k(industry, "companySize")
       CROSS JOIN LATERAL (
         SELECT sum(c.count)::int AS count FROM "ScoreCount" AS c
         WHERE c."scoringVersion" = $1 AND c.metric = 'overall' AND c.industry = k.industry AND c."companySize" = k."companySize"
       ) AS group_total`,
      [scoringVersion, keys.map((key) => key.industry), keys.map((key) => key.companySize)],
    )) as { industry: string; companySize: string; count: number }[];
    return keys.map((key) => totals.find((row) => row.industry === key.industry && row.companySize === key.companySize)?.count ?? 0);
  },

  async groupCounts(scoringVersion, filter) {
    const key = keyOf(filter);
    const [row] = (await query(
      `SELECT json_object_agg(metric, counts) AS histograms
       FROM (
         SELECT metric, json_object_agg(score, count) AS counts
         FROM "ScoreCount"
         WHERE "scoringVersion" = $1 AND industry = $2 AND "companySize" = $3 AND score >= 0 AND count > 0
         GROUP BY metric
       ) AS metric_counts`,
      [scoringVersion, key.industry, key.companySize],
    )) as { histograms: Record<string, SparseCounts> | null }[];
    const counts: GroupCounts = { indices: {}, sections: {}, hardNumbers: {} };
    for (const [metric, byScore] of Object.entries(row?.histograms ?? {})) {
      if (metric.startsWith(SECTION_METRIC_PREFIX)) counts.sections[metric.slice(SECTION_METRIC_PREFIX.length)] = byScore;
      else if (metric.startsWith(HARD_METRIC_PREFIX)) counts.hardNumbers[metric.slice(HARD_METRIC_PREFIX.length)] = byScore;
      else counts.indices[metric] = byScore;
    }
    return counts;
  },
});
