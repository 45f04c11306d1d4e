// A response submitted through the JSON API, found by its idempotency key (the unique Response.submitKey column).
import "server-only";
import { db } from "./client";
import { INDEX_COLUMNS } from "./score-columns";

export interface SubmissionByKey {
  id: string;
  answers: unknown;
  score: {
    overall: number | null;
    valueIndex: number | null;
    numberIndex: number | null;
    winRateIndex: number | null;
    salesCycleIndex: number | null;
    personalIndex: number | null;
    companyCategory: string | null;
    personalCategory: string | null;
  } | null;
  report: { token: string; document: unknown } | null;
}

export async function findSubmissionByKey(submitKey: string): Promise<SubmissionByKey | null> {
  return db().response.findUnique({
    where: { submitKey },
    select: {
      id: true,
      answers: true,
      score: { select: { ...INDEX_COLUMNS, companyCategory: true, personalCategory: true } },
      report: { select: { token: true, document: true } },
    },
  });
}
