// Database cost of completing responses, triggers included: on a kept scratch database (e.g. from
// `bench/admin-pages.ts --keep`), runs each statement below `--runs` times inside a transaction that is rolled
// back (so every run sees the same data) under EXPLAIN (ANALYZE), and prints the median and max of the statement's
// execution time and of each trigger's time. Not a test: the figures depend on the machine.
//
//   node --import tsx bench/response-triggers.ts --database=postgresql://…/scratch_… [--runs=30]
//
// Statements: an INSERT of 16 completed responses (copies of stored ones under new ids, as the group commit writes
// 16 submissions), and an UPDATE that completes 16 drafts with the answers of 16 stored ones (the browser path). Each run takes the next 16 rows.
import pg from "pg";

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg("runs") ?? 30);
const BATCH = 16;

const COPIED = `"status", "instrumentVersion", "answers", "currentStep", "role", "industry", "companySize", "revenueBand",
  "region", "salesModel", "startedAt", "updatedAt", "completedAt"`;

const STATEMENTS: Record<string, (run: number) => string> = {
  [`INSERT ${BATCH} completed responses`]: (run) => `
    INSERT INTO "Response" ("id", ${COPIED})
    SELECT gen_random_uuid(), ${COPIED} FROM "Response" WHERE "status" = 'COMPLETED'
     ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}`,
  // Each draft gets a stored response's answers and peer keys, as a draft holds every answer when it is submitted.
  [`UPDATE completing ${BATCH} drafts`]: (run) => `
    UPDATE "Response" AS d
       SET "status" = 'COMPLETED', "completedAt" = now(), "answers" = c."answers", "industry" = c."industry",
           "companySize" = c."companySize", "region" = c."region", "salesModel" = c."salesModel"
      FROM (SELECT row_number() OVER (ORDER BY "id") AS k, "id" FROM (SELECT "id" FROM "Response" WHERE "status" = 'DRAFT'
             ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}) AS x) AS draft
      JOIN (SELECT row_number() OVER (ORDER BY "id") AS k, * FROM (SELECT * FROM "Response" WHERE "status" = 'COMPLETED'
             ORDER BY "id" OFFSET ${run * BATCH} LIMIT ${BATCH}) AS y) AS c USING (k)
     WHERE d."id" = draft."id"`,
};

interface Plan {
  "Execution Time": number;
  Triggers?: { "Trigger Name": string; Time: number }[];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
}

async function main() {
  const client = new pg.Client({ connectionString: arg("database") });
  await client.connect();
  try {
    for (const [label, statement] of Object.entries(STATEMENTS)) {
      const samples = new Map<string, number[]>();
      // Run 0 warms the session (plans of the trigger functions, buffers) and is not counted.
      for (let run = 0; run <= RUNS; run++) {
        await client.query("BEGIN");
        const { rows } = await client.query<{ "QUERY PLAN": [Plan] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement(run)}`);
        await client.query("ROLLBACK");
        if (run === 0) continue;
        const [plan] = rows[0]!["QUERY PLAN"];
        const add = (name: string, ms: number) => samples.set(name, [...(samples.get(name) ?? []), ms]);
        add("statement (execution time)", plan["Execution Time"]);
        for (const trigger of plan.Triggers ?? []) add(`trigger ${trigger["Trigger Name"]}`, trigger.Time);
      }
      console.log(`${label} (${RUNS} runs):`);
      for (const [name, values] of samples) console.log(`  ${name.padEnd(45)} ${summary(values)}`);
    }
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
