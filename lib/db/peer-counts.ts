/**
 * A stored response's peers, read from the ScoreCount aggregate (docs/decisions/003-peer-percentiles.md):
 *
 *   peerSnapshot(responseId: string, options?: { minPeers?: number; client?: DbTransaction }): Promise<PeerSnapshot | null>
 *
 * Null when the response has no stored score (a draft, or not yet scored). The group is the most specific of
 * industry × size → industry → size → everyone with at least K completed responses besides this one (K from
 * PEER_GROUP_MIN_SIZE unless `minPeers` is given); the figures compare this response with that group under its
 * own scoring version, index by index and section by section (ScoreCount metric "section:<sectionId>"), and hard
 * number by hard number ("hard:<name>", counted per bin; docs/decisions/010-hard-number-peers.md), a hard number
 * fewer peers than ANONYMITY_THRESHOLD have being left out. Three small index reads: this response's Score row, the
 * four candidate groups' sizes (≤ 4 × 102 rows), then every histogram of the chosen group in one query (18 × 101
 * counts and the hard numbers' occupied bins, sent as one JSON value). Pass a transaction as `client` to see a score
 * stored in it.
 *
 *   peerSnapshotBeforeStoring(own: OwnScore, options?): Promise<PeerSnapshot>
 *
 * The same comparison for a score not stored yet (the submit path, lib/responses/submit.ts): the group and figures it will
 * have once stored, read from the committed aggregate without the Score row read.
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
  type PeerFilter,
  type PeerLevel,
  type PeerMetric,
  type PeerSnapshot,
} from "@/lib/scoring";
import { db, sqlPool } from "./client";
import { HARD_NUMBER_COLUMNS, INDEX_COLUMNS, SectionScoresColumnSchema, hardNumbersOf, indicesOf } from "./score-columns";
import type { DbTransaction } from "./scores";

/** ScoreCount's key for "any industry" or "any size". */
const ANY = "*";
/** ScoreCount's metric for a section is this prefix and the section id (see the section_scores migration). */
const SECTION_METRIC_PREFIX = "section:";
/** …and for a hard number, this prefix and its name (hard_number_counts migration). */
const HARD_METRIC_PREFIX = "hard:";

export interface PeerSnapshotOptions {
  minPeers?: number;
  client?: DbTransaction;
}

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

export async function peerSnapshot(responseId: string, options: PeerSnapshotOptions = {}): Promise<PeerSnapshot | null> {
  const client = options.client ?? db();
  const score = await client.score.findUnique({
    where: { responseId },
    select: {
      scoringVersion: true,
      ...INDEX_COLUMNS,
      sectionScores: true,
      ...HARD_NUMBER_COLUMNS,
      industry: true,
      companySize: true,
    },
  });
  if (!score) return null;
  const own: OwnScore = {
    scoringVersion: score.scoringVersion,
    industry: score.industry,
    companySize: score.companySize,
    indices: indicesOf(score),
    sectionScores: SectionScoresColumnSchema.parse(score.sectionScores),
    hardNumbers: hardNumbersOf(score),
  };
  // The stored score is counted in the aggregate (every Score row is), so the counts and histograms include it.
  return comparePeers(throughPrisma(client), own, { stored: true, minPeers: options.minPeers });
}

/**
 * The peers of a score that is not stored yet, read from the committed aggregate: the same snapshot
 * `peerSnapshot` gives once it is stored (the aggregate then counts it; here it is simply not among the counts).
 * The submit path takes it before its short write, so no aggregate row is locked while it is read.
 */
export function peerSnapshotBeforeStoring(own: OwnScore, options: { minPeers?: number } = {}): Promise<PeerSnapshot> {
  const query: Query = async (sql, params) => (await sqlPool().query(sql, params)).rows;
  return comparePeers(query, own, { stored: false, minPeers: options.minPeers });
}

/** Runs one read with parameters $1…: through a Prisma client or transaction, or straight through the pool. */
type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

const throughPrisma =
  (client: DbTransaction): Query =>
  (sql, params) =>
    client.$queryRawUnsafe(sql, ...params);

async function comparePeers(query: Query, own: OwnScore, options: { stored: boolean; minPeers?: number }): Promise<PeerSnapshot> {
  const minPeers = options.minPeers ?? serverEnv().PEER_GROUP_MIN_SIZE;
  const profile = { industry: own.industry, companySize: own.companySize };
  const counts = await countGroups(query, own.scoringVersion, peerGroupCandidates(profile));
  const group = choosePeerGroup({ profile, counts, selfCounted: options.stored, minPeers, instrument });
  const { histograms, sectionHistograms, hardHistograms } = await readHistograms(query, own.scoringVersion, group.filter);
  const snapshot = summarisePeers({
    scoringVersion: own.scoringVersion,
    minPeers,
    group,
    own: own.indices,
    histograms,
    ownSections: own.sectionScores,
    sectionHistograms,
    selfIncluded: options.stored,
  });
  const hardNumbers = summariseHardNumbers({
    own: own.hardNumbers,
    histograms: hardHistograms,
    selfIncluded: options.stored,
    minPeers: serverEnv().ANONYMITY_THRESHOLD,
  });
  return { ...snapshot, hardNumbers };
}

const keyOf = (filter: PeerFilter) => ({ industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });

/** Completed responses (scored or insufficient) in each candidate group, this one included. */
async function countGroups(
  query: Query,
  scoringVersion: string,
  candidates: { level: PeerLevel; filter: PeerFilter }[],
): Promise<Partial<Record<PeerLevel, number>>> {
  const keys = candidates.map(({ filter }) => keyOf(filter));
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
  return Object.fromEntries(
    candidates.map(({ level, filter }) => {
      const key = keyOf(filter);
      const total = totals.find((row) => row.industry === key.industry && row.companySize === key.companySize);
      return [level, total?.count ?? 0];
    }),
  );
}

/**
 * The group's 101 score counts per index and per section (keyed by section id), and its counts per bin of each hard
 * number; responses with insufficient data at an index, no answer in a section or no figure are not in its counts.
 * The database sends them as one JSON value, { metric: { score: count } }: up to 18 × 101 rows through the client
 * took longer than the query itself.
 */
async function readHistograms(query: Query, scoringVersion: string, filter: PeerFilter) {
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
  )) as { histograms: Record<string, Record<string, number>> | null }[];
  const empty = () => new Array<number>(HISTOGRAM_LENGTH).fill(0);
  const histograms = Object.fromEntries(PEER_METRICS.map((metric) => [metric, empty()])) as Record<PeerMetric, number[]>;
  const sectionHistograms: Record<string, number[]> = {};
  const hardHistograms = Object.fromEntries(
    HARD_NUMBERS.map((metric) => [metric, new Array<number>(HARD_NUMBER_BINS[metric].count).fill(0)]),
  ) as Record<HardNumber, number[]>;
  for (const [metric, counts] of Object.entries(row?.histograms ?? {})) {
    const histogram = metric.startsWith(SECTION_METRIC_PREFIX)
      ? (sectionHistograms[metric.slice(SECTION_METRIC_PREFIX.length)] ??= empty())
      : metric.startsWith(HARD_METRIC_PREFIX)
        ? hardHistograms[metric.slice(HARD_METRIC_PREFIX.length) as HardNumber]
        : histograms[metric as PeerMetric];
    if (!histogram) continue;
    for (const [score, count] of Object.entries(counts)) histogram[Number(score)] = count;
  }
  return { histograms, sectionHistograms, hardHistograms };
}
