// Repeat participants as a cohort: the participants with two or more completed, scored responses in the benchmark pool
// (one kept out of it counts nowhere, docs/decisions/026-benchmark-pool.md). All of one participant's responses share
// "participantId"; a first response not yet retaken has none and is its own participant, so the participant is
// coalesce(participantId, id). Per index, the change between each one's first and latest response (by completion
// time). A participant matches a filter by their latest response's peer keys. An index counts the participants with a
// figure in both responses; below the anonymity threshold its figures are hidden. Read live: only linked responses are
// read (Response_cohort_idx and the first responses by id), a few percent of the study.
import "server-only";
import { quantilesFromCounts, suppressGroups, type SuppressionReason } from "@/lib/scoring";
import { INDEX_METRICS, type IndexMetric } from "@/lib/admin/dashboard-metrics";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { INDEX_COLUMN } from "../score-columns";
import { completedFilterSql } from "./filter-sql";
import { anonymityThreshold } from "./threshold";

export interface CohortIndex {
  metric: IndexMetric;
  /** Participants with the index in both their first and latest response; null when hidden. */
  n: number | null;
  /** Medians over those participants: at their first response, at their latest, and of each one's change. */
  first: number | null;
  latest: number | null;
  change: number | null;
  /** The middle half of the changes. */
  changeP25: number | null;
  changeP75: number | null;
  suppressed: SuppressionReason | null;
}

export interface RepeatCohort {
  threshold: number;
  /** Participants with two or more completed responses (matching the filter by their latest). */
  participants: number;
  /** Their completed responses. */
  responses: number;
  indices: CohortIndex[];
}

type Counts = { metric: IndexMetric; kind: "first" | "latest" | "change"; value: number; n: number };

const pairColumns = Prisma.join(
  INDEX_METRICS.map((metric) => Prisma.raw(`f."${INDEX_COLUMN[metric]}" AS "first_${metric}", l."${INDEX_COLUMN[metric]}" AS "latest_${metric}"`)),
  ", ",
);
const figures = Prisma.join(
  INDEX_METRICS.flatMap((metric) =>
    (["first", "latest", "change"] as const).map((kind) => {
      const value = kind === "change" ? `p."latest_${metric}" - p."first_${metric}"` : `p."${kind}_${metric}"`;
      return Prisma.raw(`('${metric}', '${kind}', ${value}, p."first_${metric}" IS NOT NULL AND p."latest_${metric}" IS NOT NULL)`);
    }),
  ),
  ", ",
);

export async function repeatCohort(filter: AdminFilter): Promise<RepeatCohort> {
  const threshold = anonymityThreshold();
  const filterSql = completedFilterSql(filter, "r");
  // The latest response is read for its peer keys only when a filter needs them.
  const filtered = filterSql === Prisma.empty ? null : filterSql;
  const [row] = await db().$queryRaw<{ participants: number; responses: number; counts: Counts[] | null }[]>`
    WITH linked AS (SELECT DISTINCT "participantId" AS id FROM "Response" WHERE "participantId" IS NOT NULL),
    -- The linked responses come from Response_cohort_idx alone (an index-only scan: participant, id, completion time,
    -- pooled responses only); the first responses, whose participantId is null, by id.
    members AS (
      SELECT r."participantId" AS participant, r.id, r."completedAt" FROM "Response" r
       WHERE r."participantId" IS NOT NULL AND r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL AND r."inPool"
      UNION ALL
      SELECT r.id, r.id, r."completedAt" FROM linked JOIN "Response" r ON r.id = linked.id
       WHERE r."participantId" IS NULL AND r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL AND r."inPool"),
    -- Each participant's first and latest pooled response, by completion time (ties by id). A completed response is
    -- scored in the statement that completes it; the joins below drop a pair whose end has no score.
    ends AS (
      SELECT m.participant, count(*)::int AS responses,
             (array_agg(m.id ORDER BY m."completedAt", m.id))[1] AS first_id,
             (array_agg(m.id ORDER BY m."completedAt" DESC, m.id DESC))[1] AS latest_id
        FROM members m
       GROUP BY m.participant HAVING count(*) >= 2),
    pairs AS (
      SELECT e.responses, ${pairColumns}
        FROM ends e
        JOIN "Score" f ON f."responseId" = e.first_id
        JOIN "Score" l ON l."responseId" = e.latest_id
        ${filtered ? Prisma.sql`JOIN "Response" r ON r.id = e.latest_id WHERE true ${filtered}` : Prisma.empty}),
    counted AS (
      SELECT v.metric, v.kind, v.value, count(*)::int AS n
        FROM pairs p CROSS JOIN LATERAL (VALUES ${figures}) AS v(metric, kind, value, both_given)
       WHERE v.both_given GROUP BY 1, 2, 3)
    SELECT (SELECT count(*)::int FROM pairs) AS participants, (SELECT coalesce(sum(responses), 0)::int FROM pairs) AS responses,
           (SELECT json_agg(json_build_object('metric', metric, 'kind', kind, 'value', value, 'n', n)) FROM counted) AS counts`;
  const counts = row?.counts ?? [];
  const pairsOf = (metric: IndexMetric, kind: Counts["kind"]) =>
    counts
      .filter((c) => c.metric === metric && c.kind === kind)
      .map((c): [number, number] => [c.value, c.n])
      .sort((a, b) => a[0] - b[0]);
  const ns = INDEX_METRICS.map((metric) => pairsOf(metric, "change").reduce((sum, [, n]) => sum + n, 0));
  // No breakdown beside a total here, so only the primary rule applies.
  const decisions = suppressGroups(ns, threshold, { totalShown: false });
  return {
    threshold,
    participants: row?.participants ?? 0,
    responses: row?.responses ?? 0,
    indices: INDEX_METRICS.map((metric, i) => {
      const reason = decisions[i]!;
      if (reason) return { metric, n: null, first: null, latest: null, change: null, changeP25: null, changeP75: null, suppressed: reason };
      const median = (kind: Counts["kind"]) => quantilesFromCounts(pairsOf(metric, kind), [0.5])?.[0] ?? null;
      const [changeP25, , changeP75] = quantilesFromCounts(pairsOf(metric, "change"), [0.25, 0.5, 0.75]) ?? [null, null, null];
      return { metric, n: ns[i]!, first: median("first"), latest: median("latest"), change: median("change"), changeP25: changeP25 ?? null, changeP75: changeP75 ?? null, suppressed: null };
    }),
  };
}
