// The methodology job: one at a time, progress in its row, and a count of what changed at the end.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { latestAdminJob, RESCORE_JOB } from "@/lib/db/admin-jobs";
import { db } from "@/lib/db/client";
import { createMissingReports } from "@/lib/db/report-generation";
import { startRescoreJob } from "./methodology-job";

withMigratedDatabase();

let completed = 0;
beforeAll(async () => {
  completed = await seedPeerPopulation(40, 5);
  await createMissingReports();
}, 120_000);

describe("startRescoreJob", () => {
  it("runs one job at a time and records how many scores and reports changed", async () => {
    const reports = await db().report.count();
    await db().score.updateMany({ where: {}, data: { scoringVersion: "2000.1" } });
    const job = await startRescoreJob("admin@example.com");
    expect(job).not.toBeNull();
    expect(await startRescoreJob("other@example.com")).toBeNull();
    await job!.done;
    const finished = await latestAdminJob(RESCORE_JOB);
    expect(finished).toMatchObject({
      id: job!.id,
      status: "succeeded",
      phase: "done",
      result: { scored: completed, scoresChanged: completed, reportsRegenerated: reports, reportsChanged: 0 },
    });
    const again = await startRescoreJob("admin@example.com");
    await again!.done;
    expect((await latestAdminJob(RESCORE_JOB))?.result).toMatchObject({ scoresChanged: 0, reportsChanged: 0 });
  });
});
