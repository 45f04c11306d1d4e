import "server-only";
import type { Answers } from "@/lib/instrument";
import { REPORT_VERSION } from "@/lib/report/document";
import { findResponsesWithoutReport, insertReport } from "@/lib/db/reports";
import { peersOfStored, reportFor } from "./report-for";
import { issueReportLink } from "./report-token";

/**
 * Writes a report for every completed, scored response that has none (the demo seed, and
 * responses imported without one), or for the first `limit` of them. Scores are recomputed from
 * the stored answers by the same pure rules, and each report is built against the peer groups as
 * they stand now. Their links are random and only hashed, so nobody holds them: an admin reads these reports by
 * response id (docs/decisions/020-report-tokens-hashed.md).
 */
export async function createMissingReports(batchSize = 200, limit = Infinity): Promise<number> {
  let created = 0;
  while (created < limit) {
    const batch = await findResponsesWithoutReport(Math.min(batchSize, limit - created));
    if (batch.length === 0) return created;
    for (const response of batch) {
      const { score, document } = await reportFor(response.answers as Answers, peersOfStored(response.id));
      const { tokenHash, tokenSalt } = issueReportLink();
      await insertReport({
        responseId: response.id,
        tokenHash,
        tokenSalt,
        reportVersion: REPORT_VERSION,
        scoringVersion: score.scoringVersion,
        document,
      });
    }
    created += batch.length;
  }
  return created;
}
