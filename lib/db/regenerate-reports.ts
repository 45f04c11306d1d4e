/**
 * After a scoring or template change:
 *
 *   regenerateReports(options?: { batchSize?: number; onBatch?: (progress: RegenerateProgress) => void }): Promise<RegenerateSummary>
 *
 * Rebuilds every stored report document from its response's stored answers, the current scoring rules, the peer
 * groups as they stand now and the current templates, a batch at a time, keeping each report's token (links keep
 * working). Each batch is written by one UPDATE that only touches documents that differ, so the summary counts
 * what actually changed. Run rescoreAll first so the peers reflect the current scoring.
 */
import "server-only";
import type { Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_VERSION } from "@/lib/report/document";
import { db } from "./client";
import { peerSnapshot } from "./peer-counts";
import { scoreStoredAnswers } from "./score-columns";

export const DEFAULT_REGENERATE_BATCH_SIZE = 200;

export interface RegenerateProgress {
  /** Reports rebuilt so far. */
  regenerated: number;
  /** Of those, reports whose stored document or versions changed. */
  changed: number;
  /** Reports there are to rebuild (counted at the start). */
  total: number;
}

export type RegenerateSummary = RegenerateProgress;

export async function regenerateReports(
  options: { batchSize?: number; onBatch?: (progress: RegenerateProgress) => void | Promise<void> } = {},
): Promise<RegenerateSummary> {
  const batchSize = options.batchSize ?? DEFAULT_REGENERATE_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`Batch size must be a whole number ≥ 1: ${batchSize}`);
  const where = { response: { status: "COMPLETED" as const } };
  const progress: RegenerateProgress = { regenerated: 0, changed: 0, total: await db().report.count({ where }) };
  let after: string | undefined;
  for (;;) {
    const batch = await db().report.findMany({
      where: { ...where, ...(after === undefined ? {} : { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, responseId: true, response: { select: { answers: true } } },
    });
    if (batch.length === 0) return progress;
    const rebuilt = [];
    for (const report of batch) {
      const answers = report.response.answers as Answers;
      const score = scoreStoredAnswers(answers);
      const peers = await peerSnapshot(report.responseId);
      rebuilt.push({ id: report.id, scoringVersion: score.scoringVersion, document: buildReport({ answers, score, peers }) });
    }
    progress.changed += await writeChanged(rebuilt);
    progress.regenerated += batch.length;
    after = batch.at(-1)!.id;
    await options.onBatch?.({ ...progress });
  }
}

/** One statement per batch; jsonb equality decides what changed, so key order in the JSON does not matter. */
async function writeChanged(rows: { id: string; scoringVersion: string; document: unknown }[]): Promise<number> {
  return db().$executeRaw`
    UPDATE "Report" AS r
    SET document = v.document, "scoringVersion" = v."scoringVersion", "reportVersion" = ${REPORT_VERSION}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id uuid, "scoringVersion" text, document jsonb)
    WHERE r.id = v.id
      AND (r.document IS DISTINCT FROM v.document OR r."scoringVersion" IS DISTINCT FROM v."scoringVersion"
        OR r."reportVersion" IS DISTINCT FROM ${REPORT_VERSION})`;
}
