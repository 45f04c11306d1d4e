// The admin Findings computed the slow, obvious way: one SQL statement over the raw "Response" and "Score" rows (of
// responses whose answers join the benchmark pool) per question, with percentile_cont over each outcome's bin value (the same bins and medians the page defines: the
// index's whole percent, a win rate's whole percent, the cycle bin's centre, quota attainment's whole percent), then
// the anonymity rules of decision 005 applied to those counts.
import { PART_A_IDS, findQuestion, type ChoiceQuestion } from "@/lib/instrument";
import { HARD_NUMBER_BINS, suppressGroups } from "@/lib/scoring";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import type { FindingRow, QuestionFindings } from "@/lib/db/admin-stats/findings";

const OUTCOMES = ["overall", "unitWinRate", "cycleDays", "quotaAttainment"] as const;
/** Answers that keep a response out of the benchmark pool, which the Findings never count. */
const POOL_OUT = JSON.stringify({ [PART_A_IDS.pool]: false });

interface OracleRow {
  option: string | null;
  n: number;
  overallN: number;
  overall: number | null;
  unitWinRateN: number;
  unitWinRate: number | null;
  cycleDaysN: number;
  cycleDays: number | null;
  quotaAttainmentN: number;
  quotaAttainment: number | null;
}

async function oracleRows(question: ChoiceQuestion, filter: AdminFilter): Promise<OracleRow[]> {
  const where = DIMENSIONS.flatMap((dimension) =>
    filter[dimension] === undefined ? [] : [Prisma.sql`AND r.${Prisma.raw(`"${dimension}"`)} = ${filter[dimension]}`],
  );
  const options = question.options.map((option) => option.value);
  return db().$queryRaw<OracleRow[]>`
    SELECT r.answers ->> ${question.id} AS option, count(*)::int AS n,
           count(s.overall)::int AS "overallN",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY s.overall) AS overall,
           count(s."unitWinRate")::int AS "unitWinRateN",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "rateBin"(s."unitWinRate")::float8 / 100) AS "unitWinRate",
           count(s."cycleDays")::int AS "cycleDaysN",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (${HARD_NUMBER_BINS.cycleDays.kind === "centred" ? [...HARD_NUMBER_BINS.cycleDays.centres] : []}::float8[])["daysBin"(s."cycleDays") + 1]) AS "cycleDays",
           count(s."quotaAttainment")::int AS "quotaAttainmentN",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY "percentBin"(s."quotaAttainment", 500)) AS "quotaAttainment"
      FROM "Response" r JOIN "Score" s ON s."responseId" = r.id
     WHERE r.status = 'COMPLETED' AND NOT r.answers @> ${POOL_OUT}::jsonb AND jsonb_typeof(r.answers -> ${question.id}) = 'string'
       AND r.answers ->> ${question.id} = ANY (${options}::text[]) ${where.length ? Prisma.join(where, " ") : Prisma.empty}
     GROUP BY GROUPING SETS ((1), ())`;
}

export async function oracleQuestionFindings(questionId: string, filter: AdminFilter, threshold: number): Promise<QuestionFindings> {
  const question = findQuestion(questionId) as ChoiceQuestion;
  const rows = await oracleRows(question, filter);
  const shown = (key: string, label: string, row: OracleRow | undefined): FindingRow => ({
    key,
    label,
    n: row?.n ?? 0,
    suppressed: null,
    outcomes: Object.fromEntries(
      OUTCOMES.map((outcome) => {
        const n = row?.[`${outcome}N`] ?? 0;
        return [outcome, n < threshold ? { n, median: null, suppressed: "below-threshold" } : { n, median: row![outcome], suppressed: null }];
      }),
    ) as Extract<FindingRow, { suppressed: null }>["outcomes"],
  });
  const total = rows.find((row) => row.option === null);
  const byOption = question.options.map((option) => rows.find((row) => row.option === option.value));
  const ns = byOption.map((row) => row?.n ?? 0);
  const hideAll = (total?.n ?? 0) < threshold;
  const decisions = suppressGroups(ns, threshold, { forced: hideAll ? ns.map(() => "below-threshold" as const) : [] });
  return {
    questionId,
    label: question.label,
    threshold,
    answers: question.options.map((option, i) =>
      decisions[i] ? { key: option.value, label: option.label, n: null, outcomes: null, suppressed: decisions[i]! } : shown(option.value, option.label, byOption[i]),
    ),
    total: hideAll
      ? { key: "*", label: "Everyone who answered", n: null, outcomes: null, suppressed: "below-threshold" }
      : shown("*", "Everyone who answered", total),
  };
}
