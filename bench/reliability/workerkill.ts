// A job worker killed (SIGKILL) in the middle of a job: the job completes exactly once after a worker starts again.
//
// The job is a report's PDF render (about a second of CPU), queued as the PDF route queues it but with a 10-second
// expiry rather than the kind's 5 minutes: a killed worker's job stays "active" until its expiry has passed and a
// worker's maintenance hands it back (pg-boss 10: failJobsByTimeout, then "retry" after the kind's back-off, 5–10 s).
// The workers are `npm run worker` with JOB_MAINTENANCE_INTERVAL_SECONDS=1, so that happens within a second rather
// than within the 2-minute default. Exactly once: the job ends "completed" with one retry, it is the only job for
// the report, one PDF is stored, and the workers' logs hold one finished run of it ("job done").
import type { ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import type PgBoss from "pg-boss";
import { RENDER_REPORT_PDF } from "../../lib/jobs/kinds";
import { createJobQueue, startJobQueue } from "../../lib/jobs/queue";
import { startWorkerProcess } from "../../scripts/worker-process";
import type { AppUnderTest } from "./server";
import { check, validSubmission, type Failure } from "./common";

const EXPIRE_IN_SECONDS = 10;
/** How long into the render the worker is killed; a render takes 0.6–2 s here, the first in a process longer. */
const KILL_AFTER_MS = 300;
const ATTEMPTS = 3;

type JobRow = { state: string; retryCount: number };

interface Worker {
  process: ChildProcess;
  /** The log lines that name this job id and say "job done". */
  done: (jobId: string) => number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `npm run worker` on the app's database; resolves once it says it started. Its log goes to a file. */
async function startWorker(app: AppUnderTest, logPath: string): Promise<Worker> {
  const env = { ...process.env, DATABASE_URL: app.databaseUrl, NODE_ENV: "production" as const, LOG_LEVEL: "debug", JOB_MAINTENANCE_INTERVAL_SECONDS: "1" };
  const child = startWorkerProcess(env, ["ignore", "pipe", "pipe"]);
  const log = createWriteStream(logPath, { flags: "a" });
  child.stderr!.pipe(log);
  const lines: { msg?: string; jobId?: string }[] = [];
  let buffered = "";
  const started = new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the worker exited (${code}) before it started; its log: ${logPath}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      log.write(chunk);
      buffered += chunk.toString();
      const complete = buffered.split("\n");
      buffered = complete.pop()!;
      for (const line of complete) {
        try {
          const entry = JSON.parse(line) as { msg?: string; jobId?: string };
          lines.push(entry);
          if (entry.msg === "job worker started") resolve();
        } catch {
          // not a log line
        }
      }
    });
  });
  await Promise.race([started, sleep(60_000).then(() => Promise.reject(new Error("the worker did not start within 60 s")))]);
  return { process: child, done: (jobId) => lines.filter((entry) => entry.msg === "job done" && entry.jobId === jobId).length };
}

async function killed(worker: Worker) {
  if (worker.process.exitCode !== null || worker.process.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.process.once("exit", resolve));
  worker.process.kill("SIGKILL");
  await exited;
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(everyMs);
    value = await read();
  }
  return value;
}

export async function workerkill(app: AppUnderTest, failures: Failure[]) {
  const logPath = path.join(os.tmpdir(), `${new URL(app.databaseUrl).pathname.slice(1)}-workers.log`);
  console.log(`  workers' log in ${logPath}`);
  const boss: PgBoss = await startJobQueue(createJobQueue(app.databaseUrl, "sender"));
  const workers: Worker[] = [];
  const job = async (id: string) => (await app.query<JobRow>(`SELECT state, retry_count AS "retryCount" FROM pgboss.job WHERE id = $1`, [id]))[0];
  try {
    // Kill a worker while it renders; if the render won the race (finished before the kill), again with a new report.
    let killedMidJob: { jobId: string; reportId: string; killedAt: number } | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS && !killedMidJob; attempt++) {
      const submitted = await fetch(`${app.baseUrl}/api/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(validSubmission(400_000 + attempt)) });
      const { responseId } = (await submitted.json()) as { responseId: string };
      const [report] = await app.query<{ id: string }>(`SELECT id FROM "Report" WHERE "responseId" = $1`, [responseId]);
      const reportId = report!.id;
      const worker = await startWorker(app, logPath);
      workers.push(worker);
      const jobId = await boss.send(RENDER_REPORT_PDF.name, RENDER_REPORT_PDF.data.parse({ reportId, paperSize: "a4" }), {
        singletonKey: `${reportId}:a4`,
        expireInSeconds: EXPIRE_IN_SECONDS,
      });
      if (!jobId) throw new Error("the render job was not queued");
      const taken = await waitFor(() => job(jobId), (row) => row?.state === "active", 30_000, 20);
      if (taken?.state !== "active") throw new Error(`the worker did not take the job within 30 s (state ${taken?.state})`);
      await sleep(KILL_AFTER_MS);
      await killed(worker);
      const killedAt = Date.now();
      const after = await job(jobId);
      const [pdfs] = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReportPdf" WHERE "reportId" = $1`, [reportId]);
      console.log(`  attempt ${attempt}: worker killed ${KILL_AFTER_MS} ms after it took the job; job ${after?.state}, PDFs stored ${pdfs!.n}`);
      if (after?.state === "active") killedMidJob = { jobId, reportId, killedAt };
    }
    check(failures, Boolean(killedMidJob), `workerkill: in ${ATTEMPTS} attempts the worker finished the job before it was killed`);
    if (!killedMidJob) return;
    const { jobId, reportId, killedAt } = killedMidJob;

    const restarted = await startWorker(app, logPath);
    workers.push(restarted);
    const final = await waitFor(() => job(jobId), (row) => row?.state === "completed" || row?.state === "failed", 90_000, 250);
    const [counts] = await app.query<{ jobs: number; pdfs: number }>(
      `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name = $1 AND data->>'reportId' = $2) AS jobs,
              (SELECT count(*)::int FROM "ReportPdf" WHERE "reportId" = $2::uuid) AS pdfs`,
      [RENDER_REPORT_PDF.name, reportId],
    );
    const runs = workers.map((worker) => worker.done(jobId));
    const finishedRuns = runs.reduce((a, b) => a + b, 0);
    console.log(
      `  after a worker restart: job ${final?.state} ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill, retries ${final?.retryCount}; ` +
        `jobs for the report ${counts!.jobs}, PDFs stored ${counts!.pdfs}; finished runs per worker ${runs.join(", ")}`,
    );
    check(failures, final?.state === "completed", `workerkill: the killed worker's job ended ${final?.state ?? "missing"}, not completed, within 90 s of a new worker`);
    check(failures, final?.retryCount === 1, `workerkill: the job was retried ${final?.retryCount} times, not once`);
    check(failures, counts!.jobs === 1 && counts!.pdfs === 1, `workerkill: ${counts!.jobs} jobs and ${counts!.pdfs} PDFs for the report, not one each`);
    check(failures, finishedRuns === 1 && runs.at(-1) === 1, `workerkill: the job finished ${finishedRuns} times (${runs.join(", ")} per worker), not once on the restarted worker`);
  } finally {
    for (const worker of workers) await killed(worker);
    await boss.stop({ graceful: false });
  }
}
