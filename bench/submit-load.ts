// POST /api/v1/responses under load against the production build (issue 8): autocannon from this process, valid
// generated answers (lib/demo, a pool of distinct bodies cycled through), then the same load against the bare
// one-INSERT route app/api/bench/insert (enabled by BENCH_ROUTES=1 for this server only) as a baseline. Samples the
// next-server RSS during the runs and checks afterwards that every 2xx response is stored, once.
// Targets: ≥ 300 req/s, p99 < 200 ms, ≥ 50% of the bare-insert route.
//
//   node --conditions=react-server --import tsx bench/submit-load.ts [--connections=16] [--duration=20]
import autocannon, { type Result } from "autocannon";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import { demoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { rssKb, startProductionServer } from "./production-server";

const POOL = 2_000;

export type SubmitLoadFigures = Awaited<ReturnType<typeof runSubmitLoadBench>>;

function summarise(result: Result) {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export async function runSubmitLoadBench(options: { connections?: number; duration?: number } = {}) {
  const connections = options.connections ?? 16;
  const duration = options.duration ?? 20;
  const random = seededRandom(8_2026);
  const now = new Date("2026-11-01T00:00:00Z");
  const bodies = Array.from({ length: POOL }, () =>
    JSON.stringify({ instrumentVersion: INSTRUMENT_VERSION, answers: demoResponse(random, now).answers }),
  );
  const server = await startProductionServer({
    env: { SUBMIT_RATE_LIMIT_PER_MINUTE: "0", BENCH_ROUTES: "1" },
    setupSql: [`CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL, "createdAt" timestamptz NOT NULL DEFAULT now())`],
  });
  const rss: number[] = [];
  const sampler = setInterval(() => {
    const kb = rssKb(server.serverPid());
    if (kb) rss.push(kb);
  }, 500);
  try {
    const load = (path: string) => {
      let next = 0;
      return autocannon({
        url: `${server.baseUrl}${path}`,
        connections,
        duration,
        requests: [
          {
            method: "POST",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: bodies[next++ % POOL] }),
          },
        ],
      });
    };
    // Warm-up: compiles the routes' code paths and fills the connection pool before timing.
    for (const body of bodies.slice(0, 20)) {
      await fetch(`${server.baseUrl}/api/v1/responses`, { method: "POST", headers: { "content-type": "application/json" }, body });
      await fetch(`${server.baseUrl}/api/bench/insert`, { method: "POST", headers: { "content-type": "application/json" }, body });
    }
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    const count = async () =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Response" WHERE status = 'COMPLETED'`)).rows[0]!.n;
    const before = await count();
    const rssStart = rssKb(server.serverPid());
    const submit = summarise(await load("/api/v1/responses"));
    const stored = (await count()) - before;
    const bare = summarise(await load("/api/bench/insert"));
    await client.end();
    return {
      benchmark: "submit-load",
      connections,
      durationSeconds: duration,
      submit,
      bareInsert: bare,
      ratioToBareInsert: Number((submit.requestsPerSecond / bare.requestsPerSecond).toFixed(3)),
      storedResponses: stored,
      // autocannon stops at the deadline with up to one request per connection in flight: the server finishes and
      // stores those, but they are not counted as 2xx. So every 2xx is stored iff 2xx ≤ stored ≤ 2xx + connections.
      storedEquals2xx: stored === submit.ok2xx,
      storedMatches2xx: stored >= submit.ok2xx && stored <= submit.ok2xx + connections,
      serverRssMb: {
        start: rssStart ? Math.round(rssStart / 1024) : null,
        max: rss.length ? Math.round(Math.max(...rss) / 1024) : null,
        end: rss.length ? Math.round(rss.at(-1)! / 1024) : null,
      },
      targets: { requestsPerSecond: 300, latencyP99Ms: 200, ratioToBareInsert: 0.5 },
      node: process.version,
    };
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1];

if (process.argv[1]?.endsWith("submit-load.ts")) {
  runSubmitLoadBench({ connections: Number(arg("connections") ?? 16), duration: Number(arg("duration") ?? 20) })
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
