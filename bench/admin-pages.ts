// Admin dashboard queries at scale: fills a throw-away database with N completed demo responses (plus a quarter
// as many drafts) and times every lib/db/admin-stats function, unfiltered and with combined filters, as each
// admin page calls it. Prints p50/max in ms per function; the target is < 1 s per page at 1,000,000 responses
// (docs/decisions/005-admin-charts.md).
// Not a test: the figures depend on the machine. The database is dropped at the end unless --keep is given.
//
//   node --conditions=react-server --import tsx bench/admin-pages.ts [--responses=100000] [--calls=5] [--keep]
//   node --conditions=react-server --import tsx bench/admin-pages.ts --database=scratch_admin_bench_… (time a kept one)
//     [--only=salesDistributions,' model'] (only the pages' cases whose label holds one of these; nothing timed once)
//
// The fill is the demo data generator (lib/demo) through the bulk loader (lib/demo/demo-loader.ts, as `npm run seed`):
// every response generated and scored on its own, drafts stopping at every step.
// The server is BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres); the throw-away database's
// name starts with BENCH_DATABASE_PREFIX (default scratch_admin_bench_).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { demoBatches } from "@/lib/demo/demo-batches";
import { DIMENSIONS } from "@/lib/admin/dashboard-dimensions";
import { migrateDeploy } from "../scripts/migrate";

/**
 * The demo data ends here, and the overview is read at this moment: the last month of the data (the busiest one,
 * participation grows towards `now`) is the open month, read live, and every earlier month is rolled up.
 */
const NOW = new Date("2026-11-01T00:00:00Z");
/** The question the Findings cases break down (the issue's example: how much managers coach). */
const FINDINGS_QUESTION = "c.coaching.manager-coaching-time";
/** Label prefix of timed cases that are not a page's query, left out of the slowest-page figure. */
const NOT_A_PAGE = "not a page: ";
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

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
  calls: CALLS = 5,
  keep: KEEP = false,
  reuse: REUSE = undefined as string | undefined,
  only: ONLY = undefined as string[] | undefined,
} = {}) {
  const figures = { benchmark: "admin-pages", responses: RESPONSES, calls: CALLS, targetMs: 1000, fillSeconds: 0, cases: {} as Record<string, { p50: number; max: number }>, slowest: { label: "", p50: 0, max: 0 } };
  const server = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = REUSE ?? `${process.env.BENCH_DATABASE_PREFIX ?? "scratch_admin_bench_"}${randomBytes(4).toString("hex")}`;
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
    const { loadDemoData } = await import("@/lib/demo/demo-loader");
    const stats = await import("@/lib/db/admin-stats");
    const findings = await import("@/lib/db/findings");
    const { db } = await import("@/lib/db/client");

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const [fillMs] = await time(async () => {
      if (REUSE) return;
      const now = NOW;
      const drafts = Math.round(RESPONSES / 4);
      let printed = 0;
      await loadDemoData(demoBatches({ count: RESPONSES, drafts, seed: 20261126, now }), {
        aggregates: RESPONSES >= 20_000 ? "counted" : "triggers",
        onProgress: ({ responses }) => {
          if (responses - printed < 100_000 && responses < RESPONSES) return;
          printed = responses;
          console.log(`  ${responses} / ${RESPONSES} responses`);
        },
      });
      await client.query(`VACUUM ANALYZE`);
    });
    const { rows } = await client.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM "Response" GROUP BY 1 ORDER BY 1`,
    );
    figures.fillSeconds = Number((fillMs / 1000).toFixed(1));
    // A kept database (--database) holds what it was filled with, not --responses.
    figures.responses = rows.find((row) => row.status === "COMPLETED")?.n ?? 0;
    console.log(`filled ${rows.map((row) => `${row.n} ${row.status}`).join(", ")} in ${(fillMs / 1000).toFixed(1)} s`);
    // A fill through the triggers (small runs) leaves the Findings' responses to the first fold, as a page read would.
    const [foldMs, folded] = await time(() => findings.foldFindings());
    if (folded) console.log(`findings: folded ${folded} dirty responses in ${Math.round(foldMs)} ms`);
    const { rows: sizes } = await client.query<{ answerTallies: number; findingTallies: number; score: string; response: string; findingEntry: string; findingTally: string }>(
      `SELECT (SELECT count(*)::int FROM "AnswerTally") AS "answerTallies", (SELECT count(*)::int FROM "FindingTally") AS "findingTallies",
              pg_size_pretty(pg_total_relation_size('"Score"')) AS score, pg_size_pretty(pg_total_relation_size('"Response"')) AS response,
              pg_size_pretty(pg_total_relation_size('"FindingEntry"')) AS "findingEntry", pg_size_pretty(pg_total_relation_size('"FindingTally"')) AS "findingTally"`,
    );
    const size = sizes[0]!;
    console.log(`AnswerTally rows ${size.answerTallies}; Score ${size.score}, Response ${size.response}`);
    console.log(`FindingTally rows ${size.findingTallies} (${size.findingTally}); FindingEntry ${size.findingEntry}`);
    await client.end();

    const filters: Record<string, import("@/lib/admin/dashboard-dimensions").AdminFilter> = {
      none: {},
      industry: { industry: "software" },
      "industry+size": { industry: "software", companySize: "1-49" },
      region: { region: "europe" },
      model: { salesModel: "field" },
      "region+model": { region: "europe", salesModel: "field" },
    };
    // The Trends page also reads the full combinations of a quarter's rollup under three keys.
    const trendFilters = { ...filters, "industry+region+model": { industry: "software", region: "europe", salesModel: "field" } };
    const trendsPage = (filter: import("@/lib/admin/dashboard-dimensions").AdminFilter) =>
      Promise.all([stats.quarterBenchmarks(filter, NOW), stats.repeatCohort(filter)]);
    const allCases: [string, () => Promise<unknown>][] = Object.entries(filters).flatMap(([label, filter]) => [
      [`overviewStats ${label}`, () => stats.overviewStats(filter, NOW)],
      [`indexDistributions ${label}`, () => stats.indexDistributions(filter)],
      // The benchmarks page asks for one metric; every metric is a "Score" column.
      ...DIMENSIONS.flatMap((dimension): [string, () => Promise<unknown>][] => [
        [`benchmarkTable(${dimension}, overall) ${label}`, () => stats.benchmarkTable(dimension, filter, ["overall"])],
        [`benchmarkTable(${dimension}, velocity) ${label}`, () => stats.benchmarkTable(dimension, filter, ["velocity"])],
      ]),
      // Every metric in one query: no page asks for this (the benchmarks page shows one metric); timed for the
      // record, not counted as a page (NOT_A_PAGE).
      [`${NOT_A_PAGE}benchmarkTable(industry, all metrics) ${label}`, () => stats.benchmarkTable("industry", filter)],
      // The questions page shows one section at a time; "all" is every choice question at once.
      [`questionDistributions(c.process) ${label}`, () => stats.questionDistributions(filter, "c.process")],
      [`questionDistributions(all) ${label}`, () => stats.questionDistributions(filter)],
      // The questions page's "Your sales numbers" adds every sales figure's distribution.
      [`salesDistributions ${label}`, () => stats.salesDistributions(filter)],
      // The Findings page: its backlog check, the ranking of every question (none under two or more filters) and one
      // question's table, as the page asks for them.
      [`findings page (${FINDINGS_QUESTION}) ${label}`, () => findingsPage(filter)],
      [`${NOT_A_PAGE}questionFindings(${FINDINGS_QUESTION}) ${label}`, () => stats.questionFindings(FINDINGS_QUESTION, filter)],
    ]);
    // The Trends page: every figure by quarter and the repeat-participant cohort, read together as the page does.
    for (const [label, filter] of Object.entries(trendFilters)) {
      allCases.push([`trends page ${label}`, () => trendsPage(filter)]);
      allCases.push([`${NOT_A_PAGE}repeatCohort ${label}`, () => stats.repeatCohort(filter)]);
    }
    const cases = allCases.filter(([label]) => !ONLY || (!label.startsWith(NOT_A_PAGE) && ONLY.some((part) => label.includes(part))));
    async function findingsPage(filter: import("@/lib/admin/dashboard-dimensions").AdminFilter) {
      await findings.findingsBacklog();
      await stats.strongestDifferences(filter);
      return stats.questionFindings(FINDINGS_QUESTION, filter);
    }
    // The overview's closed months are rolled up after a read (the page's `after`). Timed once each: the first read
    // after a deploy (nothing rolled up: every month live), rolling up every closed month, a read with one closed
    // month live (it changed since), and rolling up that month again (as when a month closes).
    async function timeOnce() {
      await db().$executeRaw`SELECT "forgetOverviewMonths"(NULL)`;
      const lastClosed = new Date(NOW);
      lastClosed.setUTCMonth(lastClosed.getUTCMonth() - 2);
      const [allLiveMs] = await time(() => stats.overviewStats({}, NOW));
      const [rollUpAllMs, months] = await time(() => stats.rollUpOverviewMonths(NOW));
      await db().$executeRaw`SELECT "forgetOverviewMonths"(ARRAY[${lastClosed.toISOString()}::timestamp])`;
      const [oneLiveMs] = await time(() => stats.overviewStats({}, NOW));
      const [rollUpOneMs] = await time(() => stats.rollUpOverviewMonths(NOW));
      // The Findings after submissions since the last read: the responses are dirty, a read adds their change live,
      // the fold after it counts them in. 1,000 of them (a busy day's submissions between two admin visits).
      await db().$executeRaw`INSERT INTO "FindingDirty" ("responseId") SELECT "responseId" FROM "Score" ORDER BY "responseId" LIMIT 1000`;
      const [dirtyReadMs] = await time(() => findingsPage({}));
      const [dirtyFoldMs] = await time(() => findings.foldFindings());
      // The Trends page's quarters, timed once each like the overview's months: the first read after a deploy (nothing
      // rolled up: the page only counts what waits and asks to be reloaded), the roll-up of every quarter after it, then
      // the busiest closed quarter forgotten (an erasure in it) and rolled up again.
      await db().$executeRaw`SELECT "forgetQuarterBenchmarks"(NULL)`;
      const [quartersAllLiveMs, allLive] = await time(() => stats.quarterBenchmarks({}, NOW));
      // What the rollup saves: every quarter counted live from the rows, as the page would without it.
      const [quartersCountedLiveMs] = await time(() => stats.quarterBenchmarks({}, NOW, Number.MAX_SAFE_INTEGER));
      const [quarterRollUpAllMs, quarters] = await time(() => stats.rollUpQuarters(NOW));
      const [{ quarter: busiest }] = (await db().$queryRaw<{ quarter: string }[]>`
        SELECT to_char(date_trunc('quarter', "completedAt"), 'YYYY-MM-DD') AS quarter FROM "Response"
         WHERE status = 'COMPLETED' AND "completedAt" < date_trunc('quarter', ${NOW.toISOString().slice(0, 10)}::timestamp)
         GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`) as [{ quarter: string }];
      await db().$executeRaw`SELECT "forgetQuarterBenchmarks"(ARRAY[${busiest}::timestamp])`;
      const [quarterForgottenMs, forgotten] = await time(() => stats.quarterBenchmarks({}, NOW));
      const [quarterRollUpOneMs] = await time(() => stats.rollUpQuarters(NOW));
      const once = [
        [`trends quarters none, nothing rolled up (${allLive.status})`, quartersAllLiveMs],
        ["trends quarters none, every quarter counted live from the rows (no page does this)", quartersCountedLiveMs],
        [`quarter roll-up of ${quarters} quarters (after that read)`, quarterRollUpAllMs],
        [`trends quarters none, the quarter of ${busiest} forgotten (${forgotten.status})`, quarterForgottenMs],
        [`quarter roll-up of that quarter`, quarterRollUpOneMs],
        ["findings page none, 1,000 responses changed since the last fold", dirtyReadMs],
        ["findings fold of those 1,000 responses (after that read)", dirtyFoldMs],
        ["overviewStats none, nothing rolled up (the first read after a deploy)", allLiveMs],
        [`overview roll-up of ${months} closed months (after that read)`, rollUpAllMs],
        ["overviewStats none, one closed month changed since its roll-up", oneLiveMs],
        ["overview roll-up of one month (after a month closes or changes)", rollUpOneMs],
      ] as const;
      for (const [label, ms] of once) {
        figures.cases[`${NOT_A_PAGE}${label}`] = { p50: Math.round(ms), max: Math.round(ms) };
        console.log(`${label}: ${Math.round(ms)} ms`);
      }
    }
    if (!ONLY) await timeOnce();
    for (const [, run] of cases.slice(0, 8)) await run(); // warm-up: connections, plans, buffers
    for (const [label, run] of cases) {
      const samples: number[] = [];
      for (let i = 0; i < CALLS; i++) samples.push((await time(run))[0]);
      const { p50, max } = summary(samples);
      figures.cases[label] = { p50, max };
      if (!label.startsWith(NOT_A_PAGE) && max > figures.slowest.max) figures.slowest = { label, p50, max };
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
    calls: arg("calls", 5),
    keep: process.argv.includes("--keep"),
    reuse: process.argv.find((value) => value.startsWith("--database="))?.split("=")[1],
    only: process.argv.find((value) => value.startsWith("--only="))?.split("=")[1]?.split(","),
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
