import "server-only";
import { db } from "./client";
import { INDEX_COLUMN, INDEX_COLUMNS } from "./score-columns";
import { teamSizesOfResponses } from "./teams";
import type { Prisma } from "./generated/client";

/** What the list can be sorted by (lib/admin/responses-query.ts offers these in the URL). */
export type ResponseSort = "date" | "industry" | "companySize" | keyof typeof INDEX_COLUMN | "category";

/** Which completed responses: a search in company name and email, peer keys, and completion days (YYYY-MM-DD, UTC). */
export interface ResponseFilter {
  q?: string;
  industry?: string;
  companySize?: string;
  from?: string;
  to?: string;
}

export interface ResponseListQuery extends ResponseFilter {
  sort: ResponseSort;
  dir: "asc" | "desc";
  /** From 1. */
  page: number;
}

export type ResponseListItem = {
  id: string;
  completedAt: Date | null;
  industry: string | null;
  companySize: string | null;
  companyName: string | null;
  contactEmail: string | null;
  overall: number | null;
  value: number | null;
  number: number | null;
  winRate: number | null;
  salesCycle: number | null;
  personal: number | null;
  category: string | null;
  /** Whether the participant let the answers join the benchmark pool (false: counted in no aggregate). */
  inPool: boolean;
  /** Whether it has a stored report; its link is not stored (only its hash), so an admin opens it by response id. */
  hasReport: boolean;
  /** Given in a team: how many of the team's members have completed the survey (docs/decisions/030-team-mode.md). */
  teamSize: number | null;
};

function where(query: ResponseFilter): Prisma.ResponseWhereInput {
  const completedAt: Prisma.DateTimeNullableFilter = {};
  if (query.from) completedAt.gte = new Date(`${query.from}T00:00:00.000Z`);
  if (query.to) completedAt.lt = new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + 86_400_000);
  return {
    status: "COMPLETED",
    ...(query.industry ? { industry: query.industry } : {}),
    ...(query.companySize ? { companySize: query.companySize } : {}),
    ...(query.from || query.to ? { completedAt } : {}),
    // Contact columns hold a value only when the participant consented (lib/db/response-columns.ts).
    ...(query.q
      ? {
          OR: [
            { companyName: { contains: query.q, mode: "insensitive" } },
            { contactEmail: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

function orderBy(sort: ResponseSort, dir: "asc" | "desc"): Prisma.ResponseOrderByWithRelationInput[] {
  const nullsLast = (column: string) => ({ [column]: { sort: dir, nulls: "last" } });
  const scoreColumn: Partial<Record<ResponseSort, string>> = {
    ...INDEX_COLUMN,
    category: "companyCategory",
  };
  const primary: Prisma.ResponseOrderByWithRelationInput =
    sort === "date"
      ? nullsLast("completedAt")
      : sort === "industry" || sort === "companySize"
        ? nullsLast(sort)
        : { score: nullsLast(scoreColumn[sort]!) };
  // id breaks ties so pages never overlap or skip rows.
  return [primary, { id: dir }];
}

/** One page of `pageSize` completed responses matching the query, and how many match in all. */
export async function listResponses(query: ResponseListQuery, pageSize: number): Promise<{ items: ResponseListItem[]; total: number }> {
  const filter = where(query);
  const [rows, total] = await Promise.all([
    db().response.findMany({
      where: filter,
      orderBy: orderBy(query.sort, query.dir),
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        completedAt: true,
        industry: true,
        companySize: true,
        companyName: true,
        contactEmail: true,
        inPool: true,
        score: {
          select: {
            ...INDEX_COLUMNS,
            companyCategory: true,
          },
        },
        report: { select: { id: true } },
      },
    }),
    db().response.count({ where: filter }),
  ]);
  const teamSizes = await teamSizesOfResponses(rows.map((row) => row.id));
  const items = rows.map(({ score, report, ...row }) => ({
    ...row,
    overall: score?.overall ?? null,
    value: score?.valueIndex ?? null,
    number: score?.numberIndex ?? null,
    winRate: score?.winRateIndex ?? null,
    salesCycle: score?.salesCycleIndex ?? null,
    personal: score?.personalIndex ?? null,
    category: score?.companyCategory ?? null,
    hasReport: report !== null,
    teamSize: teamSizes[row.id] ?? null,
  }));
  return { items, total };
}

/**
 * Erases a participant's data: the response, and by cascade its score and report. Deleting the response fires the
 * AnswerTally triggers and deleting the Score row the ScoreHistogram triggers, so every aggregate stops counting it
 * in the same transaction. False when not found.
 */
export async function deleteResponse(id: string): Promise<boolean> {
  const { count } = await db().response.deleteMany({ where: { id } });
  return count === 1;
}

export async function countCompletedResponses(): Promise<number> {
  return db().response.count({ where: { status: "COMPLETED" } });
}
