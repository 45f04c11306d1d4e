// Peer percentiles at scale: fills a throw-away database with completed responses and their scores, hard numbers
// included (bulk SQL, not one by one), then times `peerSnapshot` for random responses and a submit-like write (response + score +
// snapshot in one transaction). Prints p50/p95/p99 in ms; the target is p95 < 20 ms at 1,000,000 responses.
// Not a test: the figures depend on the machine. The database is dropped at the end unless --keep is given.
//
//   node --conditions=react-server --import tsx bench/peer-percentile.ts [--responses=1000000] [--calls=1000]
//
// The server is BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { SCORING_VERSION, scoreResponse } from "@/lib/scoring";
import { migrateDeploy } from "../scripts/migrate";

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const CHUNK = 100_000;

const INDUSTRIES = [
  "software", "it-services", "telecoms", "financial-services", "healthcare", "manufacturing",
  "professional-services", "retail-consumer", "energy-utilities", "transport-logistics", "public-education", "other",
];
const SIZES = ["1-49", "50-249", "250-999", "1000-4999", "5000-19999", "20000-plus"];
/** The Part C and D section ids, as the scoring engine reports them. */
const SECTION_IDS = scoreResponse({}, instrument).sectionScores.map((section) => section.sectionId);

// One statement per chunk: responses, then their scores from a hidden per-company maturity so the indices, section
// scores and hard numbers correlate; 2% have too few answers for an overall index (most of their sections unanswered
// too), 3% of other sections unanswered, 2% gave no industry, skewed towards a few industries and small companies like
// an open study. The hard numbers are spread continuously (log-normal money and cycles), so they fill many more bins
// than typed round figures would: the worst case for the histogram read.
const FILL_CHUNK = `
WITH r AS (
  INSERT INTO "Response" (id, status, "instrumentVersion", answers, industry, "companySize", "updatedAt", "completedAt")
  SELECT gen_random_uuid(), 'COMPLETED', $1, '{}',
    CASE WHEN random() < 0.02 THEN NULL ELSE ($3::text[])[1 + floor(power(random(), 1.5) * 12)::int] END,
    ($4::text[])[1 + floor(power(random(), 1.7) * 6)::int], now(), now()
  FROM generate_series(1, $2::int)
  RETURNING id, industry, "companySize"
), base AS (
  SELECT id, industry, "companySize", 100 * (random() + random() + random()) / 3 AS m, random() < 0.02 AS thin,
    random() < 0.1 AS no_numbers FROM r
), idx AS (
  SELECT id, industry, "companySize", thin, no_numbers, m,
    least(100, greatest(0, round(m + 30 * (random() - 0.5))))::int AS v,
    least(100, greatest(0, round(m + 30 * (random() - 0.5))))::int AS n,
    least(100, greatest(0, round(m + 30 * (random() - 0.5))))::int AS w,
    least(100, greatest(0, round(m + 30 * (random() - 0.5))))::int AS c,
    least(100, greatest(0, round(0.6 * m + 40 * random())))::int AS p,
    (SELECT jsonb_object_agg(section, CASE WHEN random() < (CASE WHEN thin THEN 0.7 ELSE 0.03 END) THEN NULL
       ELSE least(100, greatest(0, round(m + 40 * (random() - 0.5))))::int END)
     FROM unnest($5::text[]) AS section) AS sections,
    least(1, greatest(0, 0.12 + 0.0036 * m + 0.1 * (random() - 0.5))) AS unit
  FROM base
)
INSERT INTO "Score" (id, "responseId", "scoringVersion", overall, "valueIndex", "numberIndex", "winRateIndex",
  "salesCycleIndex", "personalIndex", "sectionScores", industry, "companySize", "unitWinRate", "valueWinRate",
  "averageDealUsd", "cycleDays", "quotaAttainment", "sellersAtQuota")
SELECT gen_random_uuid(), id, $1, CASE WHEN thin THEN NULL ELSE round((v + n + w + c) / 4.0)::int END,
  CASE WHEN thin THEN NULL ELSE v END, n, w, c, p, sections, industry, "companySize",
  CASE WHEN NOT no_numbers THEN unit END,
  CASE WHEN NOT no_numbers THEN least(1, unit * (0.7 + 0.5 * random())) END,
  CASE WHEN NOT no_numbers THEN round(50000 * exp(1.5 * (random() + random() + random() - 1.5))) END,
  CASE WHEN NOT no_numbers THEN least(3650, greatest(3, round(90 * exp(0.8 * (random() + random() + random() - 1.5)) * (1.5 - m / 100)))) END,
  CASE WHEN NOT no_numbers THEN round(greatest(20, 55 + 0.6 * m + 30 * (random() - 0.5))::numeric, 1) END,
  CASE WHEN NOT no_numbers THEN round(least(100, greatest(0, 20 + 0.6 * m + 15 * (random() - 0.5)))::numeric, 1) END
FROM idx`;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)!) };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

export async function runPeerPercentileBench(
  { responses: RESPONSES, calls: CALLS, writes: WRITES, keep: KEEP } = { responses: 1_000_000, calls: 1_000, writes: 200, keep: false },
) {
  const figures: Record<string, unknown> = { benchmark: "peer-percentile", responses: RESPONSES, calls: CALLS, targetP95Ms: 20 };
  const server = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = `scratch_peer_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`database ${name}`);
  try {
    await migrateDeploy(url.toString(), { quiet: true });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const [fillMs] = await time(async () => {
      for (let done = 0; done < RESPONSES; done += CHUNK) {
        await client.query(FILL_CHUNK, [SCORING_VERSION, Math.min(CHUNK, RESPONSES - done), INDUSTRIES, SIZES, SECTION_IDS]);
      }
      await client.query(`VACUUM ANALYZE`);
    });
    const { rows: sizes } = await client.query<{ responses: string; counts: string }>(
      `SELECT (SELECT count(*) FROM "Score") AS responses, (SELECT count(*) FROM "ScoreHistogram") AS counts`,
    );
    figures.fillSeconds = Number((fillMs / 1000).toFixed(1));
    // How many bins each hard number fills in the largest group: what the histogram read carries besides the indices.
    const { rows: bins } = await client.query<{ metric: string; bins: number }>(
      `SELECT l.metric, count(*)::int AS bins
         FROM "ScoreHistogram" AS h CROSS JOIN "scoreHistogramLayout"() AS l
        CROSS JOIN LATERAL unnest(h.counts[l.first : l.first + l.width - 1]) AS c
        WHERE h.industry = '*' AND h."companySize" = '*' AND l.metric LIKE 'hard:%' AND c > 0 GROUP BY 1 ORDER BY 1`,
    );
    figures.hardNumberBinsEveryone = Object.fromEntries(bins.map((row) => [row.metric, row.bins]));
    console.log("occupied hard-number bins (everyone)", figures.hardNumberBinsEveryone);
    console.log(`filled ${sizes[0]!.responses} responses+scores (${sizes[0]!.counts} ScoreHistogram rows) in ${(fillMs / 1000).toFixed(1)} s`);
    const { rows: sample } = await client.query<{ responseId: string }>(
      `SELECT "responseId" FROM "Score" TABLESAMPLE SYSTEM (1) ORDER BY random() LIMIT $1`,
      [CALLS],
    );
    await client.end();

    // lib/db reads DATABASE_URL on first use, so it is imported only now.
    process.env.DATABASE_URL = url.toString();
    const { peerSnapshot } = await import("@/lib/responses/peer-comparison");
    const { scoreRow } = await import("@/lib/responses/score-row");
    const { responseColumns } = await import("@/lib/responses/response-columns");
    const { db } = await import("@/lib/db/client");

    for (const { responseId } of sample.slice(0, 50)) await peerSnapshot(responseId); // warm-up
    // K from the environment (default 10), then a K so large that every response falls back to everyone.
    for (const minPeers of [undefined, RESPONSES]) {
      const levels: Record<string, number> = {};
      const reads: number[] = [];
      for (const { responseId } of sample) {
        const [ms, snapshot] = await time(() => peerSnapshot(responseId, { minPeers }));
        reads.push(ms);
        levels[snapshot!.group.level] = (levels[snapshot!.group.level] ?? 0) + 1;
      }
      console.log(`peerSnapshot K=${minPeers ?? "env"} × ${reads.length} (ms)`, percentiles(reads), "levels", levels);
      figures[minPeers === undefined ? "peerSnapshotMs" : "fallbackToEveryoneMs"] = { ...percentiles(reads), levels };
    }

    const writes: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const answers = { [PART_A_IDS.industry]: INDUSTRIES[i % 12]!, [PART_A_IDS.companySize]: SIZES[i % 6]! };
      const [ms] = await time(() =>
        db().$transaction(async (tx) => {
          const { id } = await tx.response.create({
            data: { status: "COMPLETED", instrumentVersion: "2026.1", answers, completedAt: new Date(), ...responseColumns(answers) },
            select: { id: true },
          });
          await tx.score.create({ data: { responseId: id, ...scoreRow(answers, responseColumns(answers)).columns }, select: { id: true } });
          return peerSnapshot(id, { client: tx });
        }),
      );
      writes.push(ms);
    }
    console.log(`submit-like transaction (create + score + peerSnapshot) × ${WRITES} (ms)`, percentiles(writes));
    figures.submitTransactionMs = percentiles(writes);
    await db().$disconnect();
  } finally {
    if (KEEP) console.log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
  return figures;
}

if (process.argv[1]?.endsWith("peer-percentile.ts")) {
  runPeerPercentileBench({
    responses: arg("responses", 1_000_000),
    calls: arg("calls", 1_000),
    writes: arg("writes", 200),
    keep: process.argv.includes("--keep"),
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
