// `npm run worker` as the process a deployment runs: it takes a queued job (a report's PDF) off the database, stops
// cleanly on SIGTERM, and refuses to start without a database.
import { spawn } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { eventually } from "@/tests/support/jobs";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { stopJobQueue } from "@/lib/jobs/queue";
import { createMissingReports } from "@/lib/responses/create-missing-reports";
import { queueReportPdf } from "@/lib/responses/report-pdf";

const database = withMigratedDatabase();

function runWorker(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

let reportId: string;
beforeAll(async () => {
  await seedPeerPopulation(12, 13);
  await createMissingReports(200, 1);
  ({ id: reportId } = await db().report.findFirstOrThrow({ select: { id: true } }));
}, 120_000);

describe("npm run worker", () => {
  it("renders a queued report PDF, then stops on SIGTERM with exit code 0", { timeout: 180_000 }, async () => {
    expect(await queueReportPdf(reportId, "letter")).not.toBeNull();
    await stopJobQueue(); // the sender (an app process) is gone: the job waits in the database
    const worker = runWorker({ ...process.env, DATABASE_URL: database.url(), LOG_LEVEL: "debug" });
    await eventually(async () => ((await db().reportPdf.count({ where: { reportId, paperSize: "letter" } })) === 1 ? true : undefined), {
      timeoutMs: 150_000,
      what: `the worker storing the PDF (output: ${worker.output()})`,
    });
    worker.child.kill("SIGTERM");
    expect(await worker.exited, worker.output()).toBe(0);
    expect(worker.output()).toContain('"msg":"job done"');
    expect(worker.output()).toContain('"msg":"job worker stopped"');
  });

  it("refuses to start without DATABASE_URL, saying why", { timeout: 60_000 }, async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const worker = runWorker(env);
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain("DATABASE_URL is not set");
  });
});
