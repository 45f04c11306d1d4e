// `npm run bench`: every benchmark in sequence, each in a process of its own (lib/db and the environment are
// per-process singletons, and a fresh process keeps one bench's heap out of the next one's figures). Prints each
// figure, writes bench/results/<name>.json and rewrites the README table between <!-- bench:start --> and
// <!-- bench:end -->.
//
//   npm run bench                 admin pages at 100,000 responses (quick, the default; a few minutes in all)
//   npm run bench -- --full       admin pages at 1,000,000 (the generator's fill took 6.5 minutes here)
//   BENCH_SCALE=250000 npm run bench   admin pages at that many responses
//   npm run bench -- --only=scoring,submit-load
//   npm run bench -- --only=pdf-load   optional benches run only when named; the table keeps their last figures
//
// The peer-percentile bench always fills 1,000,000 responses (~2 minutes): that is the scale its target is set at.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const FULL = process.argv.includes("--full");
const ADMIN_SCALE = Number(process.env.BENCH_SCALE ?? (FULL ? 1_000_000 : 100_000));
const ONLY = process.argv.find((value) => value.startsWith("--only="))?.split("=")[1]?.split(",");
const RESULTS = path.join(process.cwd(), "bench", "results");
const README = path.join(process.cwd(), "README.md");

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const BENCHES: { name: string; script: string; args: string[]; optional?: boolean }[] = [
  { name: "scoring", script: "bench/scoring.ts", args: ["200000"] },
  { name: "peer-percentile", script: "bench/peer-percentile.ts", args: ["--responses=1000000", "--calls=1000"] },
  { name: "admin-pages", script: "bench/admin-pages.ts", args: [`--responses=${ADMIN_SCALE}`] },
  { name: "submit-load", script: "bench/submit-load.ts", args: ["--connections=16", "--duration=20"] },
  { name: "first-load-js", script: "bench/first-load-js.ts", args: [] },
  // About a minute: 20 reports, their PDFs rendered once by the worker, then 10 s of load.
  { name: "pdf-load", script: "bench/pdf-load.ts", args: ["--duration=10", "--reports=20"], optional: true },
];

function runBench(script: string, args: string[], resultFile: string): Promise<number | null> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args, `--result=${resultFile}`], {
    stdio: "inherit",
  });
  return new Promise((resolve) => child.on("exit", resolve));
}

const fmt = (n: number) => n.toLocaleString("en-US");
const verdict = (met: boolean) => (met ? "met" : "**missed**");

function rows(results: Record<string, Json | undefined>): string[][] {
  const out: string[][] = [];
  const missing = (figure: string, target: string) => out.push([figure, "not measured (bench failed)", target, "—"]);
  const s = results.scoring;
  if (s) out.push(["Scoring throughput (one core)", `${fmt(s.responsesPerSecond)} responses/s`, "≥ 100,000/s", verdict(s.responsesPerSecond >= 100_000)]);
  else missing("Scoring throughput (one core)", "≥ 100,000/s");
  const p = results["peer-percentile"];
  if (p) {
    const { p50, p95, p99 } = p.peerSnapshotMs;
    out.push([`Peer percentile, ${fmt(p.responses)} responses (p50 / p95 / p99)`, `${p50} / ${p95} / ${p99} ms`, "p95 < 20 ms", verdict(p95 < 20)]);
    const f = p.fallbackToEveryoneMs;
    out.push([`Peer-group fallback to everyone (p50 / p95 / p99)`, `${f.p50} / ${f.p95} / ${f.p99} ms`, "p95 < 20 ms", verdict(f.p95 < 20)]);
  } else missing("Peer percentile p95", "p95 < 20 ms");
  const a = results["admin-pages"];
  if (a) {
    out.push([
      `Admin pages, slowest query at ${fmt(a.responses)} responses (${a.slowest.label})`,
      `${fmt(a.slowest.max)} ms max (p50 ${fmt(a.slowest.p50)} ms)`,
      "< 1 s",
      verdict(a.slowest.max < 1000),
    ]);
    // The pages with a row of their own: their slowest filter.
    for (const [page, prefix] of [["Findings", /^findings page \([^)]*\) /], ["Trends", /^trends page /]] as const) {
      const cases = Object.entries(a.cases as Record<string, { p50: number; max: number }>).filter(([label]) => prefix.test(label));
      if (!cases.length) continue;
      const [label, slowest] = cases.reduce((worst, entry) => (entry[1].max > worst[1].max ? entry : worst));
      out.push([
        `Admin ${page} page at ${fmt(a.responses)} responses, slowest filter (${label.replace(prefix, "")})`,
        `${fmt(slowest.max)} ms max (p50 ${fmt(slowest.p50)} ms)`,
        "< 1 s",
        verdict(slowest.max < 1000),
      ]);
    }
  } else missing("Admin pages", "< 1 s");
  const l = results["submit-load"];
  if (l) {
    const { submit, bareInsert } = l;
    out.push([`POST /api/v1/responses, ${l.connections} connections × ${l.durationSeconds} s`, `${fmt(submit.requestsPerSecond)} req/s`, "≥ 300 req/s", verdict(submit.requestsPerSecond >= 300)]);
    out.push(["Submission latency p50 / p99", `${submit.latencyP50Ms} / ${submit.latencyP99Ms} ms`, "p99 < 200 ms", verdict(submit.latencyP99Ms < 200)]);
    out.push([
      "Submission vs bare one-INSERT route",
      `${Math.round(l.ratioToBareInsert * 100)}% (bare: ${fmt(bareInsert.requestsPerSecond)} req/s, p99 ${bareInsert.latencyP99Ms} ms)`,
      "≥ 50%",
      verdict(l.ratioToBareInsert >= 0.5),
    ]);
    out.push([
      "Submission errors (non-2xx + socket errors + timeouts); every 2xx stored",
      `${submit.non2xx + submit.errors + submit.timeouts} of ${fmt(submit.ok2xx + submit.non2xx)}; ${fmt(l.storedResponses)} stored for ${fmt(submit.ok2xx)} 2xx (+${l.storedResponses - submit.ok2xx} in flight when the load stopped)`,
      "0; stored = 2xx + in flight",
      verdict(submit.non2xx + submit.errors + submit.timeouts === 0 && l.storedMatches2xx),
    ]);
    out.push(["Server RSS during the load (start / max)", `${l.serverRssMb.start} / ${l.serverRssMb.max} MB`, "—", "—"]);
  } else missing("POST /api/v1/responses under load", "≥ 300 req/s, p99 < 200 ms, ≥ 50% of bare insert");
  const j = results["first-load-js"];
  if (j) {
    out.push(["Survey first-load JS (gzip)", `${j.survey.gzipKb} kB (${j.survey.files} files)`, "≤ 150 kB", verdict(j.survey.gzipKb <= 150)]);
    out.push([`Report first-load JS (gzip, ${j.report.path})`, `${j.report.gzipKb} kB (${j.report.files} files)`, "—", "—"]);
  } else missing("Survey first-load JS (gzip)", "≤ 150 kB");
  const d = results["pdf-load"];
  if (d) {
    const { instrumentAlone: alone, instrumentUnderPdfLoad: loaded, pdf } = d;
    out.push([
      `GET /api/v1/instrument while ${d.pdfConnections} clients fetch PDFs (p50 / p99)`,
      `${loaded.latencyP50Ms} / ${loaded.latencyP99Ms} ms (alone: ${alone.latencyP50Ms} / ${alone.latencyP99Ms} ms)`,
      "p50 < 50 ms",
      verdict(loaded.latencyP50Ms < 50),
    ]);
    out.push([
      `Report PDF, stored, ${d.pdfConnections} connections (p50 / p99)`,
      `${pdf.latencyP50Ms} / ${pdf.latencyP99Ms} ms, ${fmt(Math.round(pdf.requestsPerSecond))} PDFs/s`,
      "p50 < 50 ms",
      verdict(pdf.latencyP50Ms < 50 && pdf.non2xx + pdf.errors === 0),
    ]);
  } else missing("GET /api/v1/instrument while clients fetch PDFs", "p50 < 50 ms");
  return out;
}

function table(results: Record<string, Json | undefined>) {
  const when = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} cores, Node ${process.version}`;
  const loads = Object.values(results).flatMap((figures) => (figures?.loadAverage ? [figures.loadAverage.start, figures.loadAverage.end] : []));
  const load = loads.length
    ? ` 1-minute load average during the runs ${Math.min(...loads)}–${Math.max(...loads)}${Math.max(...loads) > os.cpus().length ? " (above the core count: other work shared the CPUs, so the figures are pessimistic)" : ""}.`
    : "";
  return [
    `Measured ${when} on ${machine} by \`npm run bench\`${FULL || (results["admin-pages"]?.responses ?? 0) >= 1_000_000 ? " (admin pages with --full)" : ""} (figures in \`bench/results/*.json\`).${load}`,
    "",
    "| Figure | Measured | Target | |",
    "| --- | --- | --- | --- |",
    ...rows(results).map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  const results: Record<string, Json | undefined> = {};
  const failed: string[] = [];
  for (const bench of BENCHES) {
    const file = path.join(RESULTS, `${bench.name}.json`);
    if (ONLY ? !ONLY.includes(bench.name) : bench.optional) {
      try {
        results[bench.name] = JSON.parse(readFileSync(file, "utf8")) as Json; // the last run's figures
      } catch {
        results[bench.name] = undefined;
      }
      continue;
    }
    console.log(`\n== ${bench.name} ==`);
    const started = Date.now();
    const loadAtStart = os.loadavg()[0]!;
    const tmp = path.join(os.tmpdir(), `bench-${bench.name}-${process.pid}.json`);
    let code = await runBench(bench.script, bench.args, tmp);
    // One retry: a restart of the shared PostgreSQL server (the reliability checks do that) ends a long fill.
    if (code !== 0) {
      console.error(`${bench.name} failed (exit ${code}); retrying once`);
      await new Promise((resolve) => setTimeout(resolve, 15_000)); // let a restarting server come back
      code = await runBench(bench.script, bench.args, tmp);
    }
    if (code !== 0) {
      failed.push(bench.name);
      console.error(`${bench.name} failed (exit ${code})`);
      continue;
    }
    const figures = JSON.parse(readFileSync(tmp, "utf8")) as Json;
    figures.measuredAt = new Date().toISOString();
    figures.loadAverage = { start: Number(loadAtStart.toFixed(1)), end: Number(os.loadavg()[0]!.toFixed(1)) };
    figures.wallSeconds = Math.round((Date.now() - started) / 1000);
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    results[bench.name] = figures;
  }
  const markdown = table(results);
  console.log(`\n${markdown}`);
  const readme = readFileSync(README, "utf8");
  const pattern = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (pattern.test(readme)) writeFileSync(README, readme.replace(pattern, `$1\n${markdown}\n$2`));
  else console.error("README.md has no <!-- bench:start --> / <!-- bench:end --> markers; table not written");
  if (failed.length) {
    console.error(`failed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
