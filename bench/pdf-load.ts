// GET /api/v1/instrument while 8 clients fetch report PDFs (issue 14), against the production build with a job
// worker beside it, as `npm start` runs. Seeds reports with the demo generator, waits until each one's PDF is served
// (rendered once by the worker and stored; before the job queue, rendered on every request), then for `duration`
// seconds 8 connections cycle through the reports' PDFs while 1 connection fetches the instrument. The instrument is
// also timed alone first, as a baseline. Targets: instrument p50 < 50 ms under the PDF load; PDF p50 < 50 ms.
//
//   node --conditions=react-server --import tsx bench/pdf-load.ts [--duration=10] [--reports=20] [--no-worker]
//
// --no-worker: the app alone (the measurement of the code before the job queue, whose route rendered in-process).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import autocannon, { type Result } from "autocannon";
import pg from "pg";
import { startProductionServer } from "./production-server";

const PDF_CONNECTIONS = 8;

const summarise = (result: Result) => ({
  requestsPerSecond: Number(result.requests.average.toFixed(1)),
  latencyP50Ms: result.latency.p50,
  latencyP99Ms: result.latency.p99,
  ok2xx: result["2xx"],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});

function seedReports(databaseUrl: string, count: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-command.ts", "--count", String(count), "--reports"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" },
  );
  return new Promise((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited ${code}`)))));
}

/** Fetches a report's PDF until it is served (202 while the worker renders it); how long that took. */
async function warmPdf(url: string, deadline: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status === 200) return performance.now() - started;
    if (response.status !== 202) throw new Error(`${url}: ${response.status}`);
    if (Date.now() > deadline) throw new Error(`${url} still not ready`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function runPdfLoadBench({ duration = 10, reports = 20, worker = true } = {}) {
  const server = await startProductionServer({ env: { SUBMIT_RATE_LIMIT_PER_MINUTE: "0", PDF_RATE_LIMIT_PER_MINUTE: "0" }, worker });
  try {
    await seedReports(server.databaseUrl, reports);
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    // Only a link's hash is stored (docs/decisions/020-report-tokens-hashed.md): give the seeded reports links we know.
    const ids = (await client.query<{ id: string }>(`SELECT id FROM "Report" ORDER BY id`)).rows.map((row) => row.id);
    const tokens = ids.map(() => randomBytes(32).toString("base64url"));
    await client.query(
      `UPDATE "Report" AS r SET "tokenHash" = encode(sha256(convert_to(v.token, 'UTF8')), 'hex'), "tokenSalt" = NULL
         FROM unnest($1::uuid[], $2::text[]) AS v(id, token) WHERE r.id = v.id`,
      [ids, tokens],
    );
    await client.end();
    const paths = tokens.map((token) => `/r/${token}/pdf`);

    const deadline = Date.now() + 10 * 60_000;
    const firstReadyMs: number[] = [];
    for (const path of paths) firstReadyMs.push(await warmPdf(`${server.baseUrl}${path}`, deadline));
    for (let i = 0; i < 20; i++) await (await fetch(`${server.baseUrl}/api/v1/instrument`)).arrayBuffer();

    const instrument = () => autocannon({ url: `${server.baseUrl}/api/v1/instrument`, connections: 1, duration });
    const alone = summarise(await instrument());
    let next = 0;
    const pdfs = autocannon({
      url: `${server.baseUrl}${paths[0]}`,
      connections: PDF_CONNECTIONS,
      duration,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
    });
    const [underLoad, pdfLoad] = await Promise.all([instrument(), pdfs]);
    return {
      benchmark: "pdf-load",
      worker,
      reports: paths.length,
      durationSeconds: duration,
      pdfConnections: PDF_CONNECTIONS,
      firstPdfReadyMs: { p50: Math.round(firstReadyMs.sort((a, b) => a - b)[Math.floor(firstReadyMs.length / 2)]!) },
      instrumentAlone: alone,
      instrumentUnderPdfLoad: summarise(underLoad),
      pdf: summarise(pdfLoad),
      targets: { instrumentP50Ms: 50, pdfP50Ms: 50 },
      node: process.version,
    };
  } finally {
    await server.stop();
  }
}

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1];

if (process.argv[1]?.endsWith("pdf-load.ts")) {
  runPdfLoadBench({ duration: Number(arg("duration") ?? 10), reports: Number(arg("reports") ?? 20), worker: !process.argv.includes("--no-worker") })
    .then((figures) => {
      console.log(JSON.stringify(figures, null, 2));
      const out = arg("result");
      if (out) writeFileSync(out, JSON.stringify(figures));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
