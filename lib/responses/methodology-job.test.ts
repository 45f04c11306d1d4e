// The methodology job: one at a time, progress in its row, and a count of what changed at the end. The action
// queues it; a worker (started here, as `npm start` starts one) runs it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminJobFinished } from "@/tests/support/jobs";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { latestAdminJob, RESCORE_JOB } from "@/lib/db/admin-jobs";
import { db } from "@/lib/db/client";
import { createMissingReports } from "./create-missing-reports";
import { DAYS_PER_YEAR } from "@/lib/scoring";
import { REPORT_VERSION, ReportDocumentSchema } from "@/lib/report/document";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { startRescoreJob } from "./methodology-job";

const database = withMigratedDatabase();

let completed = 0;
let worker: RunningWorker | undefined;
beforeAll(async () => {
  completed = await seedPeerPopulation(40, 5);
  await createMissingReports();
  worker = await startWorker({ databaseUrl: database.url() });
}, 120_000);
afterAll(() => worker?.stop());

describe("startRescoreJob", () => {
  it("runs one job at a time and records how many scores and reports changed", async () => {
    const reports = await db().report.count();
    await db().score.updateMany({ where: {}, data: { scoringVersion: "2000.1" } });
    const job = await startRescoreJob("admin@example.com");
    expect(job).not.toBeNull();
    expect(await startRescoreJob("other@example.com")).toBeNull();
    await adminJobFinished(job!.id);
    const finished = await latestAdminJob(RESCORE_JOB);
    expect(finished).toMatchObject({
      id: job!.id,
      status: "succeeded",
      phase: "done",
      result: { scored: completed, scoresChanged: completed, reportsRegenerated: reports, reportsChanged: 0 },
    });
    const again = await startRescoreJob("admin@example.com");
    await adminJobFinished(again!.id);
    expect((await latestAdminJob(RESCORE_JOB))?.result).toMatchObject({ scoresChanged: 0, reportsChanged: 0 });
  });
});

describe("a report stored by an earlier version", () => {
  it("is rebuilt by the job with the current version and the corrected velocity, keeping its link", async () => {
    const legacy = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/report-2026.1.json"), "utf8")) as object;
    const reports = await db().report.findMany({ orderBy: { id: "asc" }, select: { id: true, tokenHash: true, response: { select: { answers: true } } } });
    const withNumbers = (answers: unknown) => {
      const given = answers as Record<string, unknown>;
      return Number(given["b.numbers.won-count"]) > 0 && Number(given["b.numbers.new-opportunities"]) > 0;
    };
    const report = reports.find((candidate) => withNumbers(candidate.response.answers))!;
    await db().report.update({ where: { id: report.id }, data: { reportVersion: "2026.1", document: legacy } });

    const job = await startRescoreJob("admin@example.com");
    await adminJobFinished(job!.id);
    expect((await latestAdminJob(RESCORE_JOB))?.result).toMatchObject({ reportsChanged: 1 });

    const rebuilt = await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { tokenHash: true, reportVersion: true, document: true } });
    expect(rebuilt.tokenHash).toBe(report.tokenHash);
    expect(rebuilt.reportVersion).toBe(REPORT_VERSION);
    const { sales } = ReportDocumentSchema.parse(rebuilt.document).executive;
    expect(sales.velocityPerDay).not.toBeNull();
    expect(sales.velocityPerYear).toBeCloseTo(sales.velocityPerDay! * DAYS_PER_YEAR, 6);
    expect(sales.velocityPerDay).toBeCloseTo((sales.opportunities! * sales.averageDeal! * sales.winRate!) / DAYS_PER_YEAR, 6);
  });
});
