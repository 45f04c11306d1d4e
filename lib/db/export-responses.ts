/**
 * The completed responses the CSV export writes (only those in the benchmark pool unless asked for every one:
 * docs/decisions/026-benchmark-pool.md), a batch at a time by keyset on the primary key, so memory stays flat
 * at any table size and each batch is one range scan of the primary-key index (a keyset on "completedAt", id sorted
 * the whole table for every batch: quadratic). Rows come in id order. The columns are built above this layer
 * (lib/export): this reads the stored answers, the stored score and, only when asked for, the contact details.
 */
import "server-only";
import { db } from "./client";
import { Prisma } from "./generated/client";
import { SectionScoresColumnSchema, type SalesColumns, type ScoreColumns } from "./score-columns";

export const EXPORT_BATCH_SIZE = 2000;

export interface ExportFilter {
  industry?: string;
  companySize?: string;
  /** yyyy-mm-dd, inclusive, by completion date (UTC). */
  from?: string;
  to?: string;
}

/** The stored score of a response as the export reads it (its Score row less the peer keys, with the two US-dollar
 * figures); null when the response has no score. */
export type ExportScore = Omit<ScoreColumns, "industry" | "companySize"> & Pick<SalesColumns, "averageDealUsd" | "velocityUsd">;

/** Filled only for participants who consented (lib/responses/response-columns.ts), and read only when asked for. */
export interface ExportContact {
  contactName: string | null;
  contactEmail: string | null;
  companyName: string | null;
}

export interface ExportResponse {
  id: string;
  completedAt: Date;
  startedAt: Date;
  instrumentVersion: string;
  /** Whether the participant let the answers join the benchmark pool. */
  inPool: boolean;
  /** The stored answers document, keyed by question id (not re-validated here). */
  answers: Readonly<Record<string, unknown>>;
  score: ExportScore | null;
  contact: ExportContact | null;
  /** Team mode (docs/decisions/030-team-mode.md): the response's role in its team and the team's completed members. */
  team?: { role: string; size: number } | null;
}

type Raw = Omit<ExportResponse, "score" | "contact" | "answers"> &
  Omit<ExportScore, "scoringVersion" | "sectionScores"> &
  Partial<ExportContact> & { answers: unknown; scoringVersion: string | null; sectionScores: unknown; teamRole: string | null; teamSize: number | null };

function filterSql(filter: ExportFilter, includeOutOfPool: boolean): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL`];
  if (!includeOutOfPool) parts.push(Prisma.sql`r."inPool"`);
  if (filter.industry) parts.push(Prisma.sql`r.industry = ${filter.industry}`);
  if (filter.companySize) parts.push(Prisma.sql`r."companySize" = ${filter.companySize}`);
  if (filter.from) parts.push(Prisma.sql`r."completedAt" >= ${new Date(`${filter.from}T00:00:00.000Z`)}`);
  if (filter.to) parts.push(Prisma.sql`r."completedAt" < ${new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000)}`);
  return Prisma.join(parts, " AND ");
}

/** The completed members of the response's team (Response_teamId_status_idx); null outside a team. */
const TEAM_SIZE = Prisma.raw(
  `CASE WHEN r."teamId" IS NULL THEN NULL ELSE (SELECT count(*)::int FROM "Response" m WHERE m."teamId" = r."teamId" AND m.status = 'COMPLETED' AND m."teamRole" = 'member') END`,
);

const CONTACT_SELECT = Prisma.raw(`, r."contactName", r."contactEmail", r."companyName"`);

function toExportResponse(raw: Raw, includeContact: boolean): ExportResponse {
  const answers = typeof raw.answers === "object" && raw.answers !== null && !Array.isArray(raw.answers) ? (raw.answers as Record<string, unknown>) : {};
  const sections = SectionScoresColumnSchema.safeParse(raw.sectionScores);
  return {
    id: raw.id,
    completedAt: raw.completedAt,
    startedAt: raw.startedAt,
    instrumentVersion: raw.instrumentVersion,
    inPool: raw.inPool,
    answers,
    score:
      raw.scoringVersion === null
        ? null
        : {
            scoringVersion: raw.scoringVersion,
            overall: raw.overall,
            valueIndex: raw.valueIndex,
            numberIndex: raw.numberIndex,
            winRateIndex: raw.winRateIndex,
            salesCycleIndex: raw.salesCycleIndex,
            personalIndex: raw.personalIndex,
            companyCategory: raw.companyCategory,
            personalCategory: raw.personalCategory,
            sectionScores: sections.success ? sections.data : {},
            averageDealUsd: raw.averageDealUsd,
            velocityUsd: raw.velocityUsd,
          },
    contact: includeContact
      ? { contactName: raw.contactName ?? null, contactEmail: raw.contactEmail ?? null, companyName: raw.companyName ?? null }
      : null,
    team: raw.teamRole === null || raw.teamSize === null ? null : { role: raw.teamRole, size: Number(raw.teamSize) },
  };
}

/**
 * Up to `batchSize` completed responses with an id after `after` (null: from the start), in id order: those in the
 * benchmark pool, and the others too with `includeOutOfPool`.
 */
export async function readExportBatch(
  filter: ExportFilter,
  options: { includeContact: boolean; includeOutOfPool: boolean; after: string | null; batchSize: number },
): Promise<ExportResponse[]> {
  const keyset = options.after ? Prisma.sql`AND r.id > ${options.after}::uuid` : Prisma.empty;
  // The same bound on the score's side: PostgreSQL does not carry r.id's bound across a LEFT JOIN, and its merge join
  // then read "Score" by its index from the first row every batch (5 s a batch half-way through 1,000,000 responses).
  const scoreKeyset = options.after ? Prisma.sql`AND s."responseId" > ${options.after}::uuid` : Prisma.empty;
  const rows = await db().$queryRaw<Raw[]>`
    SELECT r.id::text AS id, r."completedAt", r."startedAt", r."instrumentVersion", r."inPool", r.answers,
           s."scoringVersion", s.overall, s."valueIndex", s."numberIndex", s."winRateIndex", s."salesCycleIndex",
           s."personalIndex", s."companyCategory", s."personalCategory", s."sectionScores", s."averageDealUsd",
           s."velocityUsd", r."teamRole", ${TEAM_SIZE} AS "teamSize" ${options.includeContact ? CONTACT_SELECT : Prisma.empty}
    FROM "Response" r LEFT JOIN "Score" s ON s."responseId" = r.id ${scoreKeyset}
    WHERE ${filterSql(filter, options.includeOutOfPool)} ${keyset}
    ORDER BY r.id
    LIMIT ${options.batchSize}`;
  return rows.map((row) => toExportResponse(row, options.includeContact));
}
