// The Findings' histograms for some Part C/D questions under an admin filter: per answer slot, the responses that gave
// it and the bins of each outcome (lib/db/finding-layout.ts), exact at the moment of reading. They are the counted
// tallies (everyone, one key's value or two keys' values) or, under a filter on three or four keys, the counted
// entries that match (a small share of them);
// plus, in the same statement (one snapshot), the change of every response marked dirty since it was counted: its
// entry now less its counted entry (docs/decisions/023-findings-rollup.md).
import "server-only";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { Prisma } from "../generated/client";
import { db } from "../client";
import { FINDING_RESPONSES_WHERE, FINDING_WIDTH, findingQuestionSlots, grainDimension, grainValue } from "../finding-layout";
import { completedFilterSql } from "./filter-sql";

/** Answer slot → counts, index i holding "counts"[i + 1]. */
export type FindingCounts = Map<number, number[]>;

/** The one tally grain a filter of at most two keys reads; null for a filter on three or four keys. */
function tallyGrain(filter: AdminFilter): { dimension: string; value: string } | null {
  const given = DIMENSIONS.filter((dimension) => filter[dimension] !== undefined);
  if (given.length > 2) return null;
  return { dimension: grainDimension(given), value: grainValue(given.map((dimension) => filter[dimension]!)) };
}

/** Whether a filter's figures come from the tallies (a few rows) rather than from the matching entries. */
export const readsTallies = (filter: AdminFilter) => tallyGrain(filter) !== null;

const DIRTY_CHANGE = Prisma.sql`
  SELECT 1 AS delta, e
    FROM "Response" r JOIN "Score" s ON s."responseId" = r.id CROSS JOIN LATERAL "findingEntry"(r, s) AS e
   WHERE ${Prisma.raw(FINDING_RESPONSES_WHERE)} AND r.id IN (SELECT "responseId" FROM "FindingDirty")
  UNION ALL
  SELECT -1, fe FROM "FindingEntry" fe WHERE fe."responseId" IN (SELECT "responseId" FROM "FindingDirty")
  OFFSET 0`;

export async function readFindingCounts(filter: AdminFilter, questionIds: readonly string[]): Promise<FindingCounts> {
  const questions = questionIds.map((id) => {
    const slots = findingQuestionSlots(id);
    if (!slots) throw new RangeError(`Not a Part C or D choice question: ${id}`);
    return slots;
  });
  const slots = questions.flatMap((question) => question.options.map((option) => option.slot));
  const counts: FindingCounts = new Map(slots.map((slot) => [slot, new Array<number>(FINDING_WIDTH).fill(0)]));
  if (!slots.length) return counts;
  const grain = tallyGrain(filter);
  const positions = questions.map((question) => question.position);
  // The counted part: tally rows (their counts as text, cut up here: a subscript per slot in SQL would read the
  // stored array afresh each time), or the matching entries' counts per (answer, count slot).
  const counted = grain
    ? Prisma.sql`
      SELECT t.slot, t.counts::text AS counts, NULL::int AS "countSlot", NULL::int AS n
        FROM "FindingTally" t
       WHERE t.dimension = ${grain.dimension} AND t.value = ${grain.value} AND t.slot = ANY (${slots}::int[])`
    : Prisma.sql`
      SELECT e.answers[p.position]::int AS slot, NULL::text AS counts, c.slot AS "countSlot", count(*)::int AS n
        FROM "FindingEntry" e
        CROSS JOIN LATERAL unnest(${positions}::int[]) AS p(position)
        CROSS JOIN LATERAL "findingCountSlots"(e) AS c(slot)
       WHERE e.answers[p.position] > 0 ${completedFilterSql(filter, "e")}
       GROUP BY 1, 3`;
  const rows = await db().$queryRaw<{ slot: number; counts: string | null; countSlot: number | null; n: number | null }[]>`
    ${counted}
    UNION ALL
    SELECT (x.e).answers[p.position]::int, NULL::text, c.slot, sum(x.delta)::int
      FROM (${DIRTY_CHANGE}) x
      CROSS JOIN LATERAL unnest(${positions}::int[]) AS p(position)
      CROSS JOIN LATERAL "findingCountSlots"(x.e) AS c(slot)
     WHERE (x.e).answers[p.position] > 0 ${completedFilterSql(filter, "(x.e)")}
     GROUP BY 1, 3
    HAVING sum(x.delta) <> 0`;
  for (const row of rows) {
    const target = counts.get(row.slot);
    if (!target) continue;
    if (row.counts !== null) {
      // "{0,3,…}": whole numbers, never null.
      row.counts.slice(1, -1).split(",").forEach((count, i) => (target[i]! += Number(count)));
    } else {
      target[row.countSlot! - 1]! += row.n!;
    }
  }
  return counts;
}
