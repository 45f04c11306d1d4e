// Two app processes on one database, as behind a load balancer: what must hold across them lives in PostgreSQL.
// (The shared rate limits are checked in api-v1-rate-limit.spec.ts.)
import { expect, test } from "@playwright/test";
import { newKey, rowsForKey, submissionBody } from "./support/api";
import { startAppServer } from "./support/app-server";
import { queryE2eDatabase } from "./support/database";

const post = (baseURL: string, key: string) =>
  fetch(`${baseURL}/api/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": key },
    body: JSON.stringify(submissionBody("middle")),
  });

test("an Idempotency-Key retried against the other process returns the first result and stores one response", async () => {
  test.setTimeout(90_000);
  const [first, second] = await Promise.all([
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0" }),
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0" }),
  ]);
  try {
    const key = newKey();
    const created = await post(first.baseURL, key);
    expect(created.status).toBe(201);
    const replayed = await post(second.baseURL, key);
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    // The same result; only the report URL's host differs, each process naming its own (behind a balancer, one host).
    const [again, original] = [(await replayed.json()) as { reportUrl: string }, (await created.json()) as { reportUrl: string }];
    expect({ ...again, reportUrl: new URL(again.reportUrl).pathname }).toEqual({ ...original, reportUrl: new URL(original.reportUrl).pathname });

    // At the same moment against both: still one response.
    const racing = newKey();
    const statuses = (await Promise.all([post(first.baseURL, racing), post(second.baseURL, racing)])).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 201]);
    expect(await rowsForKey(key)).toBe(1);
    expect(await rowsForKey(racing)).toBe(1);
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
});

test("a PDF asked of both processes at once is rendered once, by one of three workers, and no job is taken twice", async () => {
  test.setTimeout(120_000);
  const [first, second] = await Promise.all([
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0", PDF_RATE_LIMIT_PER_MINUTE: "0" }, { worker: true }),
    startAppServer({ SUBMIT_RATE_LIMIT_PER_MINUTE: "0", PDF_RATE_LIMIT_PER_MINUTE: "0" }, { worker: true }),
  ]);
  try {
    const created = await post(first.baseURL, newKey());
    expect(created.status).toBe(201);
    const { responseId, reportUrl } = (await created.json()) as { responseId: string; reportUrl: string };
    const pdfPath = `${new URL(reportUrl).pathname}/pdf?size=a4`;
    const reportId = (await queryE2eDatabase<{ id: string }>(`SELECT id FROM "Report" WHERE "responseId" = $1`, [responseId]))[0]!.id;

    // Ten downloads at once, half on each process, before any worker polls (once a second): all are told to wait.
    const asked = await Promise.all(Array.from({ length: 10 }, (_, i) => fetch(`${(i % 2 ? first : second).baseURL}${pdfPath}`)));
    expect(asked.map((response) => response.status)).toEqual(Array(10).fill(202));
    await expect
      .poll(async () => (await queryE2eDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM "ReportPdf" WHERE "reportId" = $1`, [reportId]))[0]!.n, {
        timeout: 60_000,
      })
      .toBe(1);

    // Rendered once, by one job: three workers (each process's and the shared server's) polled the same queue. A
    // request that came in while the render ran may have queued one more job (the queue keeps one waiting beside one
    // running), which found the PDF stored and rendered nothing. No job was retried or taken twice.
    // That second job may still be waiting or running when the PDF is stored: wait until every job has settled.
    const readJobs = () =>
      queryE2eDatabase<{ state: string; retry_count: number; output: { worker: string; result: { rendered: boolean } } }>(
        `SELECT state, retry_count, output FROM pgboss.job WHERE name = 'render-report-pdf' AND singleton_key = $1`,
        [`${reportId}:a4`],
      );
    await expect
      .poll(async () => (await readJobs()).filter((job) => job.state === "created" || job.state === "active" || job.state === "retry").length, {
        timeout: 30_000,
      })
      .toBe(0);
    const jobs = await readJobs();
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.map((job) => [job.state, job.retry_count])).toEqual(jobs.map(() => ["completed", 0]));
    expect(jobs.filter((job) => job.output.result.rendered)).toHaveLength(1);
    const [one, two] = await Promise.all([fetch(`${first.baseURL}${pdfPath}`), fetch(`${second.baseURL}${pdfPath}`)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    expect(one.headers.get("etag")).toBe(two.headers.get("etag"));
  } finally {
    await Promise.all([first.stop(), second.stop()]);
  }
});
