// Database cost of completing responses, triggers included: on a kept scratch database (e.g. from
// `bench/admin-pages.ts --keep`), runs each statement below `--runs` times, each time twice inside a transaction
// that is rolled back (so every run sees the same data): once under EXPLAIN (ANALYZE) for the statement's and each
// trigger's elapsed time, once as it is with log_executor_stats for the CPU time the server spent on the statement
// (user + system: on a machine shared with other work it varies far less than elapsed time), and once more with
// user triggers off (session_replication_role = replica, so the connection must be a superuser's) for the
// statement's own cost. Prints median and max. Not a test: the figures depend on the machine.
//
//   node --import tsx bench/response-triggers.ts --database=postgresql://…/scratch_… [--runs=30] [--batch=16]
//     [--only=scores] [--without-index=Score_salesModel_region_idx]
//
// Statements: an INSERT of `batch` completed responses (copies of stored ones under new ids, dated now as a submission
// is, as the group commit writes that many submissions), an UPDATE that completes `batch` drafts with the answers of as
// many stored ones (the browser path), and an INSERT of `batch` scores (copies of stored ones, for copies of their responses written
// first in the same transaction, untimed): the ScoreHistogram, Findings and count triggers and the Score indexes, the
// part of a submission that grows with the histogram row's layout. Each run takes the next rows.
// `--only=scores` (or `responses`, `drafts`) runs one of them; `--without-index=NAME` also times each run with that
// index dropped inside the transaction, for the index's cost per insert.
import pg from "pg";

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg("runs") ?? 30);
const BATCH = Number(arg("batch") ?? 16);

const COPIED = `"status", "instrumentVersion", "answers", "currentStep", "role", "industry", "companySize", "revenueBand",
  "region", "salesModel"`;
/** A submission is dated when it arrives (a copy's old dates would run the triggers meant for imports of old responses). */
const DATED_NOW = `now() AT TIME ZONE 'UTC' - interval '20 minutes', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'`;

/** A statement to time; `setup` runs first in the same transaction, untimed. */
type Case = { label: string; setup?: (run: number) => string; statement: (run: number) => string };

/** The columns of "Score" copied from a stored score (all but its ids), read from the database: layouts differ. */
async function scoreColumns(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(column_name) AS name FROM information_schema.columns
      WHERE table_name = 'Score' AND column_name NOT IN ('id', 'responseId') ORDER BY ordinal_position`,
  );
  return rows.map((row) => row.name).join(", ");
}

const cases = (scoreCopied: string): Record<string, Case> => ({
  responses: {
    label: `INSERT ${BATCH} completed responses`,
    statement: (run) => `
    INSERT INTO "Response" ("id", ${COPIED}, "startedAt", "updatedAt", "completedAt")
    SELECT gen_random_uuid(), ${COPIED}, ${DATED_NOW} FROM "Response" WHERE "status" = 'COMPLETED'
     ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}`,
  },
  // Each draft gets a stored response's answers and peer keys, as a draft holds every answer when it is submitted.
  drafts: {
    label: `UPDATE completing ${BATCH} drafts`,
    statement: (run) => `
    UPDATE "Response" AS d
       SET "status" = 'COMPLETED', "completedAt" = now() AT TIME ZONE 'UTC', "answers" = c."answers", "industry" = c."industry",
           "companySize" = c."companySize", "region" = c."region", "salesModel" = c."salesModel"
      FROM (SELECT row_number() OVER (ORDER BY "id") AS k, "id" FROM (SELECT "id" FROM "Response" WHERE "status" = 'DRAFT'
             ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}) AS x) AS draft
      JOIN (SELECT row_number() OVER (ORDER BY "id") AS k, * FROM (SELECT * FROM "Response" WHERE "status" = 'COMPLETED'
             ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}) AS y) AS c USING (k)
     WHERE d."id" = draft."id"`,
  },
  scores: {
    label: `INSERT ${BATCH} scores`,
    setup: (run) => `
    CREATE TEMP TABLE bench_copies ON COMMIT DROP AS
    SELECT gen_random_uuid() AS "id", s."id" AS "scoreId", s."responseId" AS "source" FROM "Score" s
     ORDER BY s."responseId" OFFSET ${run * BATCH} LIMIT ${BATCH};
    INSERT INTO "Response" ("id", ${COPIED}, "startedAt", "updatedAt", "completedAt")
    SELECT b."id", ${COPIED}, ${DATED_NOW} FROM bench_copies b JOIN "Response" r ON r."id" = b."source"`,
    statement: () => `
    INSERT INTO "Score" ("id", "responseId", ${scoreCopied})
    SELECT gen_random_uuid(), b."id", ${scoreCopied} FROM bench_copies b JOIN "Score" s ON s."id" = b."scoreId"`,
  },
});

interface Plan {
  "Execution Time": number;
  Triggers?: { "Trigger Name": string; Time: number }[];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
}

/** The server's CPU seconds for one statement, from the EXECUTOR STATISTICS it sends while log_executor_stats is on. */
async function cpuMs(client: pg.Client, statement: string): Promise<number> {
  let detail = "";
  const listen = (notice: { message?: string; detail?: string }) => {
    if (notice.message === "EXECUTOR STATISTICS") detail = notice.detail ?? "";
  };
  client.on("notice", listen);
  try {
    await client.query(statement);
  } finally {
    client.off("notice", listen);
  }
  const match = /([\d.]+) s user, ([\d.]+) s system/.exec(detail);
  if (!match) throw new Error(`no executor statistics for: ${statement}`);
  return (Number(match[1]) + Number(match[2])) * 1000;
}

async function main() {
  const client = new pg.Client({ connectionString: arg("database") });
  await client.connect();
  try {
    await client.query(`SET log_executor_stats = on`);
    await client.query(`SET client_min_messages = log`);
    const only = arg("only");
    const chosen = Object.entries(cases(await scoreColumns(client))).filter(([key]) => only === undefined || key === only);
    if (chosen.length === 0) throw new Error(`--only=${only}: no such statement (responses, drafts, scores)`);
    // With --without-index=NAME each run is timed twice, as is and with that index dropped inside the transaction
    // (rolled back with it), in alternating order: the index's own cost per insert, on the same rows.
    const withoutIndex = arg("without-index");
    const variants = withoutIndex === undefined ? [""] : ["", withoutIndex];
    for (const [, { label, setup, statement }] of chosen) {
      const samples = new Map<string, number[]>();
      const begin = async (run: number, dropped: string, replica = false) => {
        await client.query("BEGIN");
        if (setup) await client.query(setup(run));
        if (dropped) await client.query(`DROP INDEX ${JSON.stringify(dropped)}`);
        // Without user triggers (a superuser's replica mode), so the difference is the triggers' cost.
        if (replica) await client.query("SET LOCAL session_replication_role = replica");
      };
      const measure = async (run: number, dropped: string) => {
        await begin(run, dropped);
        const { rows } = await client.query<{ "QUERY PLAN": [Plan] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement(run)}`);
        await client.query("ROLLBACK");
        await begin(run, dropped);
        const cpu = await cpuMs(client, statement(run));
        await client.query("ROLLBACK");
        await begin(run, dropped, true);
        const bare = await cpuMs(client, statement(run));
        await client.query("ROLLBACK");
        if (run === 0) return;
        const [plan] = rows[0]!["QUERY PLAN"];
        const suffix = dropped ? ` (without ${dropped})` : "";
        const add = (name: string, ms: number) => samples.set(name + suffix, [...(samples.get(name + suffix) ?? []), ms]);
        add("statement, server CPU (user + system)", cpu);
        add("statement without user triggers, server CPU", bare);
        add("statement, elapsed (execution time)", plan["Execution Time"]);
        for (const trigger of plan.Triggers ?? []) add(`trigger ${trigger["Trigger Name"]}, elapsed`, trigger.Time);
      };
      // Run 0 warms the session (plans of the trigger functions, buffers) and is not counted.
      for (let run = 0; run <= RUNS; run++) {
        for (const dropped of run % 2 ? [...variants].reverse() : variants) await measure(run, dropped);
      }
      console.log(`${label} (${RUNS} runs):`);
      for (const [name, values] of samples) console.log(`  ${name.padEnd(50)} ${summary(values)}`);
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
