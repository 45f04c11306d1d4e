import "server-only";
import type { Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_VERSION } from "@/lib/report/document";
import { db } from "./client";
import { peerSnapshot } from "./peer-counts";
import { scoreStoredAnswers } from "./score-columns";
import { newToken } from "./tokens";

/**
 * Writes a report for every completed, scored response that has none (the demo seed, and
 * responses imported without one), or for the first `limit` of them. Scores are recomputed from
 * the stored answers by the same pure rules, and each report is built against the peer groups as
 * they stand now.
 */
export async function createMissingReports(batchSize = 200, limit = Infinity): Promise<number> {
  let created = 0;
  while (created < limit) {
    const batch = await db().response.findMany({
      where: { status: "COMPLETED", report: null, score: { isNot: null } },
      select: { id: true, answers: true },
      orderBy: { id: "asc" },
      take: Math.min(batchSize, limit - created),
    });
    if (batch.length === 0) return created;
    for (const response of batch) {
      const answers = response.answers as Answers;
      const score = scoreStoredAnswers(answers);
      const peers = await peerSnapshot(response.id);
      await db().report.create({
        data: {
          responseId: response.id,
          token: newToken(),
          reportVersion: REPORT_VERSION,
          scoringVersion: score.scoringVersion,
          document: buildReport({ answers, score, peers }),
        },
      });
    }
    created += batch.length;
  }
  return created;
}
