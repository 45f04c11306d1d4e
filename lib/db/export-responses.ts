/**
 * The responses CSV, streamed: rows are read a batch at a time by keyset on the primary key and written as they come,
 * so memory stays flat at any table size and each batch is one range scan of the primary-key index (a keyset on
 * "completedAt", id sorted the whole table for every batch: quadratic). Rows come in id order; completed_at is a column.
 */
import "server-only";
import type { ResponseFilter } from "./admin-responses";
import { csvRow, type CsvValue } from "@/lib/csv";
import { PART_B_IDS } from "@/lib/instrument";
import { db } from "./client";
import { Prisma } from "./generated/client";

export const EXPORT_BATCH_SIZE = 2000;

const BASE_COLUMNS = [
  ["response_id", "r.id::text"],
  ["completed_at", `r."completedAt"`],
  ["started_at", `r."startedAt"`],
  ["instrument_version", `r."instrumentVersion"`],
  ["role", "r.role"],
  ["industry", "r.industry"],
  ["company_size", `r."companySize"`],
  ["revenue_band", `r."revenueBand"`],
  ["region", "r.region"],
  ["sales_model", `r."salesModel"`],
  ["scoring_version", `s."scoringVersion"`],
  ["overall_index", "s.overall"],
  ["value_index", `s."valueIndex"`],
  ["number_index", `s."numberIndex"`],
  ["win_rate_index", `s."winRateIndex"`],
  ["sales_cycle_index", `s."salesCycleIndex"`],
  ["personal_index", `s."personalIndex"`],
  ["company_category", `s."companyCategory"`],
  ["personal_category", `s."personalCategory"`],
] as const;

// Part B answers are read from one jsonb_to_record per row (alias "b"): extracting each from the answers document
// separately parsed it eleven times a row and made the export five times slower.
const numberAnswer = (id: string) => `CASE WHEN jsonb_typeof(b."${id}") = 'number' THEN b."${id}"::float8 END`;

const SALES_COLUMNS = [
  ["new_opportunities", numberAnswer(PART_B_IDS.newOpportunities)],
  ["won_count", numberAnswer(PART_B_IDS.wonCount)],
  ["won_value", numberAnswer(PART_B_IDS.wonValue)],
  ["lost_count", numberAnswer(PART_B_IDS.lostCount)],
  ["lost_value", numberAnswer(PART_B_IDS.lostValue)],
  ["open_count", numberAnswer(PART_B_IDS.openCount)],
  ["open_value", numberAnswer(PART_B_IDS.openValue)],
  ["cycle_days", numberAnswer(PART_B_IDS.cycleDays)],
  ["quota_attainment_pct", numberAnswer(PART_B_IDS.quotaAttainment)],
  ["sellers_at_quota_pct", numberAnswer(PART_B_IDS.sellersAtQuota)],
  ["currency", `b."${PART_B_IDS.currency}" #>> '{}'`],
  // The money figures as the report and the admin benchmarks compare them: in US dollars at the study's fixed rate
  // table (lib/scoring/currency.ts); empty when the currency has no rate. The columns above are as given, in `currency`.
  ["average_won_deal_usd", `s."averageDealUsd"`],
  ["velocity_per_day_usd", `s."velocityUsd"`],
] as const;

const SALES_RECORD = Prisma.raw(
  `jsonb_to_record(r.answers) AS b(${Object.values(PART_B_IDS)
    .map((id) => `"${id}" jsonb`)
    .join(", ")})`,
);

/** The contact columns are filled only for participants who consented (lib/db/response-columns.ts). */
const CONTACT_COLUMNS = [
  ["contact_name", `r."contactName"`],
  ["contact_email", `r."contactEmail"`],
  ["company_name", `r."companyName"`],
] as const;

export function exportColumns(includeContact: boolean) {
  return [...BASE_COLUMNS, ...SALES_COLUMNS, ...(includeContact ? CONTACT_COLUMNS : [])];
}

export type ExportFilter = Omit<ResponseFilter, "q">;

function filterSql(filter: ExportFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL`];
  if (filter.industry) parts.push(Prisma.sql`r.industry = ${filter.industry}`);
  if (filter.companySize) parts.push(Prisma.sql`r."companySize" = ${filter.companySize}`);
  if (filter.from) parts.push(Prisma.sql`r."completedAt" >= ${new Date(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) parts.push(Prisma.sql`r."completedAt" < ${new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000)}`);
  return Prisma.join(parts, " AND ");
}


async function readBatch(filter: ExportFilter, includeContact: boolean, after: string | null, batchSize: number) {
  const columns = exportColumns(includeContact);
  const select = Prisma.raw(columns.map(([name, expression]) => `${expression} AS "${name}"`).join(", "));
  const keyset = after ? Prisma.sql`AND r.id > ${after}::uuid` : Prisma.empty;
  return db().$queryRaw<Record<string, CsvValue>[]>`
    SELECT ${select}
    FROM "Response" r LEFT JOIN "Score" s ON s."responseId" = r.id CROSS JOIN LATERAL ${SALES_RECORD}
    WHERE ${filterSql(filter)} ${keyset}
    ORDER BY r.id
    LIMIT ${batchSize}`;
}

/** The CSV as a byte stream: a header row, then one row per completed response. */
export function exportResponsesCsv(
  filter: ExportFilter,
  options: { includeContact: boolean; batchSize?: number },
): ReadableStream<Uint8Array> {
  const columns = exportColumns(options.includeContact);
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRow(columns.map(([name]) => name))));
        return;
      }
      const rows = await readBatch(filter, options.includeContact, cursor, options.batchSize ?? EXPORT_BATCH_SIZE);
      if (rows.length === 0) {
        controller.close();
        return;
      }
      cursor = rows.at(-1)!.response_id as string;
      controller.enqueue(encoder.encode(rows.map((row) => csvRow(columns.map(([name]) => row[name]))).join("")));
    },
  });
}
