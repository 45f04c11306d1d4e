// Admin dashboard queries at scale: fills a throw-away database with N completed demo responses (plus a quarter
// as many drafts) and times every lib/db/admin-stats function, unfiltered and with combined filters, as each
// admin page calls it. Prints p50/max in ms per function; the target is < 1 s per page at 100,000 and at
// 1,000,000 responses (docs/decisions/005-admin-charts.md).
// Not a test: the figures depend on the machine. The database is dropped at the end unless --keep is given.
//
//   node --conditions=react-server --import tsx bench/admin-pages.ts [--responses=100000] [--calls=5] [--keep]
//   node --conditions=react-server --import tsx bench/admin-pages.ts --database=scratch_admin_bench_… (time a kept one)
//
// The first `unique` responses come from the demo generator (lib/demo) through insertDemoResponses (which scores
// them: indices, sales figures, peer keys); the rest are copies of them made in SQL with generate_series, in
// batches of 50,000 (new ids, shifted dates, the same score row), which is what makes 1,000,000 affordable to fill.
// The server is BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { migrateDeploy } from "../scripts/migrate";

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

// The unique completed responses, numbered, to copy from.
const NUMBER_SOURCES = `
CREATE TEMP TABLE src AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS rn, id FROM "Response" WHERE status = 'COMPLETED';
CREATE UNIQUE INDEX ON src (rn);
ANALYZE src`;

// Copies $1..$2 (generate_series) of the unique responses, copy i taking source i mod $3, with a new id and dates
// shifted by up to 60 days, then their scores (every column: indices, section scores, sales figures and peer keys,
// so they stay correlated as the generator made them). One batch per call, so the statement-level triggers
// (ScoreCount, AnswerCount) each see a batch of a few tens of thousands of rows.
const COPY_BATCH = [
  `CREATE TEMP TABLE batch AS
   SELECT gen_random_uuid() AS new_id, src.id AS src_id, (random() * 60)::int AS shift
     FROM generate_series($1::int, $2::int) AS i JOIN src ON src.rn = i % $3`,
  `INSERT INTO "Response" (id, status, "instrumentVersion", answers, "currentStep", role, industry, "companySize",
     "revenueBand", region, "salesModel", "startedAt", "updatedAt", "completedAt")
   SELECT b.new_id, r.status, r."instrumentVersion", r.answers, r."currentStep", r.role, r.industry, r."companySize",
     r."revenueBand", r.region, r."salesModel", r."startedAt" - b.shift * interval '1 day', now(),
     r."completedAt" - b.shift * interval '1 day'
     FROM batch b JOIN "Response" r ON r.id = b.src_id`,
  `INSERT INTO "Score" (id, "responseId", "scoringVersion", overall, "valueIndex", "numberIndex", "winRateIndex",
     "salesCycleIndex", "personalIndex", "companyCategory", "personalCategory", "sectionScores", industry, "companySize",
     region, "salesModel", "unitWinRate", "valueWinRate", "averageDealValue", "cycleDays", velocity)
   SELECT gen_random_uuid(), b.new_id, s."scoringVersion", s.overall, s."valueIndex", s."numberIndex",
     s."winRateIndex", s."salesCycleIndex", s."personalIndex", s."companyCategory", s."personalCategory",
     s."sectionScores", s.industry, s."companySize", s.region, s."salesModel", s."unitWinRate", s."valueWinRate",
     s."averageDealValue", s."cycleDays", s.velocity
     FROM batch b JOIN "Score" s ON s."responseId" = b.src_id`,
  `DROP TABLE batch`,
];
const BATCH = 50_000;

// Drafts stop at every step; those past the profile step carry the answers given so far (here: all of them).
const ADD_DRAFTS = `
INSERT INTO "Response" (id, status, "instrumentVersion", answers, "currentStep", "startedAt", "updatedAt")
SELECT gen_random_uuid(), 'DRAFT', r."instrumentVersion",
  CASE WHEN step = 0 THEN '{}'::jsonb ELSE r.answers END, step, r."startedAt", now()
  FROM (SELECT i, floor(random() * 17)::int AS step FROM generate_series(1, $1::int) AS i) AS g
  JOIN src ON src.rn = g.i % $2
  JOIN "Response" r ON r.id = src.id`;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return { p50: round(sorted[Math.floor((sorted.length - 1) / 2)]!), max: round(sorted.at(-1)!) };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

export async function runAdminPagesBench({
  responses: RESPONSES = 100_000,
  unique = 20_000,
  calls: CALLS = 5,
  keep: KEEP = false,
  reuse: REUSE = undefined as string | undefined,
} = {}) {
  const UNIQUE = Math.min(RESPONSES, unique);
  const figures = { benchmark: "admin-pages", responses: RESPONSES, calls: CALLS, targetMs: 1000, fillSeconds: 0, cases: {} as Record<string, { p50: number; max: number }>, slowest: { label: "", p50: 0, max: 0 } };
  const server = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = REUSE ?? `scratch_admin_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  if (!REUSE) await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`database ${name}`);
  try {
    if (!REUSE) await migrateDeploy(url.toString(), { quiet: true });
    // lib/db reads DATABASE_URL on first use, so it is imported only now.
    process.env.DATABASE_URL = url.toString();
    const { insertDemoResponses } = await import("@/lib/db/demo-data");
    const stats = await import("@/lib/db/admin-stats");
    const { db } = await import("@/lib/db/client");

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const [fillMs] = await time(async () => {
      if (REUSE) return;
      const now = new Date("2026-11-01T00:00:00Z");
      await insertDemoResponses(demoResponses(seededRandom(20261126), UNIQUE, now), 2000);
      await client.query(NUMBER_SOURCES);
      for (let done = UNIQUE; done < RESPONSES; done += BATCH) {
        const last = Math.min(RESPONSES, done + BATCH) - 1;
        await client.query("BEGIN");
        for (const [i, sql] of COPY_BATCH.entries()) await client.query(sql, i === 0 ? [done, last, UNIQUE] : []);
        await client.query("COMMIT");
      }
      await client.query(ADD_DRAFTS, [Math.round(RESPONSES / 4), UNIQUE]);
      await client.query(`VACUUM ANALYZE`);
    });
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "Response" GROUP BY 1 ORDER BY 1`,
    );
    figures.fillSeconds = Number((fillMs / 1000).toFixed(1));
    console.log(`filled ${rows.map((row) => `${row.n} ${row.status}`).join(", ")} in ${(fillMs / 1000).toFixed(1)} s`);
    const { rows: sizes } = await client.query<{ answerCounts: number; score: string; response: string }>(
      `SELECT (SELECT count(*)::int FROM "AnswerCount") AS "answerCounts",
              pg_size_pretty(pg_total_relation_size('"Score"')) AS score, pg_size_pretty(pg_total_relation_size('"Response"')) AS response`,
    );
    console.log(`AnswerCount rows ${sizes[0]!.answerCounts}; Score ${sizes[0]!.score}, Response ${sizes[0]!.response}`);
    await client.end();

    const filters: Record<string, import("@/lib/db/admin-stats").AdminFilter> = {
      none: {},
      industry: { industry: "software" },
      "industry+size": { industry: "software", companySize: "1-49" },
      "region+model": { region: "europe", salesModel: "field" },
    };
    const cases: [string, () => Promise<unknown>][] = Object.entries(filters).flatMap(([label, filter]) => [
      [`overviewStats ${label}`, () => stats.overviewStats(filter)],
      [`indexDistributions ${label}`, () => stats.indexDistributions(filter)],
      // The benchmarks page asks for one metric; every metric is a "Score" column.
      ...stats.DIMENSIONS.flatMap((dimension): [string, () => Promise<unknown>][] => [
        [`benchmarkTable(${dimension}, overall) ${label}`, () => stats.benchmarkTable(dimension, filter, ["overall"])],
        [`benchmarkTable(${dimension}, velocity) ${label}`, () => stats.benchmarkTable(dimension, filter, ["velocity"])],
      ]),
      [`benchmarkTable(industry, all 11) ${label}`, () => stats.benchmarkTable("industry", filter)],
      // The questions page shows one section at a time; "all" is every choice question at once.
      [`questionDistributions(c.process) ${label}`, () => stats.questionDistributions(filter, "c.process")],
      [`questionDistributions(all) ${label}`, () => stats.questionDistributions(filter)],
    ]);
    for (const [, run] of cases.slice(0, 8)) await run(); // warm-up: connections, plans, buffers
    for (const [label, run] of cases) {
      const samples: number[] = [];
      for (let i = 0; i < CALLS; i++) samples.push((await time(run))[0]);
      const { p50, max } = summary(samples);
      figures.cases[label] = { p50, max };
      if (max > figures.slowest.max) figures.slowest = { label, p50, max };
      console.log(`${label.padEnd(50)} p50 ${String(p50).padStart(5)} ms  max ${String(max).padStart(5)} ms`);
    }
    await db().$disconnect();
  } finally {
    if (KEEP || REUSE) console.log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  return figures;
}

if (process.argv[1]?.endsWith("admin-pages.ts")) {
  runAdminPagesBench({
    responses: arg("responses", 100_000),
    unique: arg("unique", 20_000),
    calls: arg("calls", 5),
    keep: process.argv.includes("--keep"),
    reuse: process.argv.find((value) => value.startsWith("--database="))?.split("=")[1],
  })
    .then((figures) => {
      const out = process.argv.find((value) => value.startsWith("--result="))?.split("=")[1];
      if (out) writeFileSync(out, JSON.stringify(figures));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
