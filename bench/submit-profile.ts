// Where a submission's time goes (issue 8 diagnosis): in one process, without HTTP, on a scratch database seeded with
// demo responses. Times the stages of POST /api/v1/responses one by one (validation, scoring, report building, the
// write transaction), then runs submitResponse() from N concurrent callers for a few seconds to show how the write
// transaction scales under contention.
//
//   node --conditions=react-server --import tsx bench/submit-profile.ts [--concurrency=16] [--seconds=8] [--peers=2000]
import pg from "pg";
import { INSTRUMENT_VERSION, ResponseAnswersSchema } from "@/lib/instrument";
import { demoResponse, demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { SubmitResponseRequestSchema } from "@/lib/api/schemas";
import { answersFromRequest } from "@/lib/api/submission";
import { scoreResponse as scoreWith } from "@/lib/scoring";
import { instrument } from "@/lib/instrument";
const scoreResponse = (answers: Record<string, unknown>) => scoreWith(answers, instrument);
import { buildReport } from "@/lib/report/build-report";
import { migrateDeploy } from "@/scripts/migrate";

const arg = (name: string, fallback: number) => Number(process.argv.find((v) => v.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const ADMIN_URL = process.env.PROFILE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function time<T>(label: string, runs: number, fn: (i: number) => T) {
  const started = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const each = (performance.now() - started) / runs;
  console.log(`  ${label}: ${each.toFixed(3)} ms each`);
}

async function main() {
  const concurrency = arg("concurrency", 16);
  const seconds = arg("seconds", 8);
  const name = `profile_submit_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  try {
    await migrateDeploy(url, { quiet: true });
    process.env.DATABASE_URL = url;
    const { insertDemoResponses } = await import("@/lib/demo/demo-loader");
    const { submitResponse } = await import("@/lib/responses/api-submission");
    const { db } = await import("@/lib/db/client");
    const random = seededRandom(42);
    await insertDemoResponses(demoResponses(random, arg("peers", 2000), new Date("2026-11-01T00:00:00Z")), 200);

    const bodies = Array.from({ length: 500 }, () => ({ instrumentVersion: INSTRUMENT_VERSION, answers: demoResponse(random, new Date()).answers }));
    const texts = bodies.map((body) => JSON.stringify(body));
    console.log("stages, one caller:");
    time("JSON.parse", 500, (i) => JSON.parse(texts[i]!));
    const answers = bodies.map((body) => {
      const merged = answersFromRequest(SubmitResponseRequestSchema.parse(body));
      if (!merged.ok) throw new Error("merge");
      return ResponseAnswersSchema.parse(merged.answers);
    });
    time("request + answers validation", 500, (i) => {
      const merged = answersFromRequest(SubmitResponseRequestSchema.parse(bodies[i]));
      if (merged.ok) ResponseAnswersSchema.parse(merged.answers);
    });
    time("scoreResponse", 500, (i) => scoreResponse(answers[i]!));
    const { peerSnapshot } = await import("@/lib/responses/peer-comparison");
    const someId = (await db().score.findFirst({ select: { responseId: true } }))!.responseId;
    const peers = (await peerSnapshot(someId))!;
    time("buildReport", 200, (i) => buildReport({ answers: answers[i]!, score: scoreResponse(answers[i]!), peers }));
    const doc = buildReport({ answers: answers[0]!, score: scoreResponse(answers[0]!), peers });
    time("JSON.stringify(report)", 200, () => JSON.stringify(doc));
    console.log(`  report JSON: ${(JSON.stringify(doc).length / 1024).toFixed(1)} kB`);
    let t = performance.now();
    for (let i = 0; i < 50; i++) await peerSnapshot(someId);
    console.log(`  peerSnapshot (no tx): ${((performance.now() - t) / 50).toFixed(2)} ms each`);
    t = performance.now();
    for (let i = 0; i < 50; i++) await submitResponse({ answers: answers[i]! });
    console.log(`  submitResponse, one caller: ${((performance.now() - t) / 50).toFixed(2)} ms each`);

    for (const callers of [1, 4, concurrency]) {
      let done = 0;
      const latencies: number[] = [];
      const deadline = Date.now() + seconds * 1000;
      const started = performance.now();
      const cpu = process.cpuUsage();
      await Promise.all(
        Array.from({ length: callers }, async (_, c) => {
          let i = c;
          while (Date.now() < deadline) {
            const s = performance.now();
            await submitResponse({ answers: answers[i++ % answers.length]! });
            latencies.push(performance.now() - s);
            done++;
          }
        }),
      );
      const used = process.cpuUsage(cpu);
      latencies.sort((a, b) => a - b);
      const rate = done / ((performance.now() - started) / 1000);
      const cpuMs = (used.user + used.system) / 1000 / done;
      console.log(`submitResponse × ${callers} callers: ${rate.toFixed(0)}/s, p50 ${latencies[Math.floor(latencies.length / 2)]!.toFixed(1)} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)]!.toFixed(1)} ms, this process's CPU ${cpuMs.toFixed(2)} ms per submission`);
    }
    await db().$disconnect();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
