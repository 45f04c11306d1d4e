// A response submitted through the JSON API, found by its idempotency key (the unique Response.submitKey column).
import "server-only";
import { db } from "./client";
import { INDEX_COLUMNS, type ScoreColumns } from "./score-columns";
import { REPORT_LINK_COLUMNS, type StoredReportLink } from "./reports";

export interface SubmissionByKey {
  id: string;
  answers: unknown;
  score: Pick<
    ScoreColumns,
    "overall" | "valueIndex" | "numberIndex" | "winRateIndex" | "salesCycleIndex" | "personalIndex" | "companyCategory" | "personalCategory"
  > | null;
  report: (StoredReportLink & { document: unknown }) | null;
}

export async function findSubmissionByKey(submitKey: string): Promise<SubmissionByKey | null> {
  return db().response.findUnique({
    where: { submitKey },
    select: {
      id: true,
      answers: true,
      score: { select: { ...INDEX_COLUMNS, companyCategory: true, personalCategory: true } },
      report: { select: { ...REPORT_LINK_COLUMNS, document: true } },
    },
  });
}
