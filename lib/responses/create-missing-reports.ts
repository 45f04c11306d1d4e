import "server-only";
import type { Answers } from "@/lib/instrument";
import { REPORT_VERSION } from "@/lib/report/document";
import { findResponsesWithoutReport, insertReport } from "@/lib/db/reports";
import { newToken } from "@/lib/db/tokens";
import { peersOfStored, reportFor } from "./report-for";

/**
 * Writes a report for every completed, scored response that has none (the demo seed, and
 * responses imported without one), or for the first `limit` of them. Scores are recomputed from
 * the stored answers by the same pure rules, and each report is built against the peer groups as
 * they stand now.
 */
export async function createMissingReports(batchSize = 200, limit = Infinity): Promise<number> {
  let created = 0;
  while (created < limit) {
    const batch = await findResponsesWithoutReport(Math.min(batchSize, limit - created));
    if (batch.length === 0) return created;
    for (const response of batch) {
      const { score, document } = await reportFor(response.answers as Answers, peersOfStored(response.id));
      await insertReport({
        responseId: response.id,
        token: newToken(),
        reportVersion: REPORT_VERSION,
        scoringVersion: score.scoringVersion,
        document,
      });
    }
    created += batch.length;
  }
  return created;
}
