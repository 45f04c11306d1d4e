// The team dashboard's read for a team of 500 members (issue 16; target < 100 ms): a throw-away database with a
// background of other responses, a team whose 500 members and leader are demo responses scored as the submit path
// scores them (plus 50 unfinished drafts), then `teamDashboard` timed: the one team read, the figures and the peers.
// Prints p50/p95/max in ms. The database is dropped at the end unless --keep is given.
//
//   node --conditions=react-server --import tsx bench/team-dashboard.ts [--members=500] [--calls=200] [--background=100000]
//
// The server is BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { PART_A_IDS } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { migrateDeploy } from "../scripts/migrate";

const arg = (name: string, fallback: number) => Number(process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50: round(at(50)), p95: round(at(95)), max: round(sorted.at(-1)!) };
}

export async function runTeamDashboardBench({ members = 500, calls = 200, background = 100_000, keep = false } = {}) {
  const server = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = `scratch_team_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`database ${name}`);
  try {
    await migrateDeploy(url.toString(), { quiet: true });
    const filler = new pg.Client({ connectionString: url.toString() });
    await filler.connect();
    // Other responses beside the team, so the read is an index lookup in a table of realistic size.
    await filler.query(
      `INSERT INTO "Response" (id, status, "instrumentVersion", answers, "updatedAt", "completedAt")
       SELECT gen_random_uuid(), 'COMPLETED', '2026.2', '{}', now(), now() FROM generate_series(1, $1::int)`,
      [background],
    );
    await filler.end();

    // lib/db reads DATABASE_URL on first use, so it is imported only now.
    process.env.DATABASE_URL = url.toString();
    const { db } = await import("@/lib/db/client");
    const { createTeamDraft } = await import("@/lib/db/team-responses");
    const { findTeamById } = await import("@/lib/db/teams");
    const { responseColumns } = await import("@/lib/responses/response-columns");
    const { scoreRow } = await import("@/lib/responses/score-row");
    const { createTeam } = await import("@/lib/team-mode/create-team");
    const { teamDashboard } = await import("@/lib/team-mode/team-dashboard");

    const { teamId } = await createTeam({ name: "Bench team", leaderEmail: null, now: new Date() });
    const roles = ["seller", "seller", "seller", "first-line-manager", "sales-leader"];
    const people = demoResponses(seededRandom(16), members + 1, new Date()).map((response, index) => ({
      ...response.answers,
      [PART_A_IDS.role]: index === 0 ? "sales-leader" : roles[index % roles.length]!,
    }));
    const started = performance.now();
    for (let from = 0; from < people.length; from += 100) {
      const batch = people.slice(from, from + 100).map((answers, offset) => ({ id: randomUUID(), answers, leader: from + offset === 0 }));
      await db().response.createMany({
        data: batch.map(({ id, answers, leader }) => ({
          id,
          status: "COMPLETED" as const,
          instrumentVersion: "2026.2",
          answers,
          completedAt: new Date(),
          teamId,
          teamRole: leader ? "leader" : "member",
          ...responseColumns(answers),
        })),
      });
      await db().score.createMany({ data: batch.map(({ id, answers }) => ({ responseId: id, ...scoreRow(answers, responseColumns(answers)).columns })) });
    }
    for (let draft = 0; draft < 50; draft++) await createTeamDraft(teamId, "member", {});
    await db().$executeRawUnsafe(`VACUUM ANALYZE`);
    console.log(`filled ${background} other responses and a team of ${members} members in ${Math.round(performance.now() - started)} ms`);

    const team = (await findTeamById(teamId))!;
    for (let i = 0; i < 20; i++) await teamDashboard(team); // warm-up
    const samples: number[] = [];
    let last;
    for (let i = 0; i < calls; i++) {
      const start = performance.now();
      last = await teamDashboard(team);
      samples.push(performance.now() - start);
    }
    const figures = {
      benchmark: "team-dashboard",
      members,
      background,
      calls,
      dashboardMs: percentiles(samples),
      targetMs: 100,
      check: { completed: last!.completed, started: last!.started, suppressed: last!.suppressed, gaps: last!.gaps.length, managersVersusSellers: last!.managersVersusSellers },
    };
    console.log(`teamDashboard × ${calls} (ms)`, figures.dashboardMs, figures.check);
    await db().$disconnect();
    return figures;
  } finally {
    if (keep) console.log(`kept ${url}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

if (process.argv[1]?.endsWith("team-dashboard.ts")) {
  runTeamDashboardBench({ members: arg("members", 500), calls: arg("calls", 200), background: arg("background", 100_000), keep: process.argv.includes("--keep") })
    .then((figures) => {
      const out = process.argv.find((value) => value.startsWith("--result="))?.split("=")[1];
      if (out) writeFileSync(out, JSON.stringify(figures));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
