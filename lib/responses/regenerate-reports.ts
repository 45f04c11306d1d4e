/**
 * After a scoring or template change:
 *
 *   regenerateReports(options?: { batchSize?: number; onBatch?: (progress: RegenerateProgress) => void }): Promise<RegenerateSummary>
 *
 * Rebuilds every stored report document from its response's stored answers, the current scoring rules, the peer
 * groups as they stand now and the current templates, a batch at a time, keeping each report's token (links keep
 * working). Each batch is written by one UPDATE that only touches documents that differ, so the summary counts
 * what actually changed; a changed report that had a stored PDF gets a new one queued. Run rescoreAll first so the
 * peers reflect the current scoring.
 */
import "server-only";
import type { Answers } from "@/lib/instrument";
import { REPORT_VERSION } from "@/lib/report/document";
import { countReportsOfCompleted, findReportsAfter, updateChangedReports, type RebuiltReport } from "@/lib/db/reports";
import { earlierReportsOf, forReportBuilder } from "./earlier-reports";
import { peersOfStored, reportFor } from "./report-for";
import { queueStaleReportPdfs } from "./report-pdf";

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
  const progress: RegenerateProgress = { regenerated: 0, changed: 0, total: await countReportsOfCompleted() };
  let after: string | undefined;
  for (;;) {
    const batch = await findReportsAfter(after, batchSize);
    if (batch.length === 0) return progress;
    const rebuilt: RebuiltReport[] = [];
    for (const report of batch) {
      // A retake's report is rebuilt with its earlier reports as they are stored (one more query, retakes only).
      const history = {
        earlier: forReportBuilder(await earlierReportsOf(report.previousResponseId)),
        completedAt: report.completedAt?.toISOString(),
      };
      const { score, document } = await reportFor(report.answers as Answers, peersOfStored(report.responseId), history);
      rebuilt.push({ id: report.id, scoringVersion: score.scoringVersion, document });
    }
    progress.changed += await updateChangedReports(rebuilt, REPORT_VERSION);
    // A report whose PDF was stored gets a new one for its new document; the others render on their first download.
    await queueStaleReportPdfs(batch.map(({ id }) => id));
    progress.regenerated += batch.length;
    after = batch.at(-1)!.id;
    await options.onBatch?.({ ...progress });
  }
}
