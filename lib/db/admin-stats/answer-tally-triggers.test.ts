// The "AnswerTally" triggers against a brute force, under random writes of every kind: inserts of drafts and
// completed responses, multi-row updates that complete drafts, change completed answers, move peer keys or reopen a
// response, updates that change nothing counted, and deletes; and concurrent writers sharing rows, which must
// neither deadlock nor lose a count.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { answerTallyCells, rebuiltAnswerTallyCells, recountAnswerTallyCells } from "@/tests/support/answer-tallies";
import { PART_A_IDS, type Answers } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { pick, seededRandom, type Random } from "@/lib/demo/random";

const database = withMigratedDatabase();
const NOW = new Date("2026-11-01T12:00:00Z");

// Few values per key, so statements often share rows with each other and with earlier ones.
const PEER_VALUES = {
  industry: ["software", "telecoms", null],
  companySize: ["1-49", "250-999", null],
  region: ["europe", "asia-pacific", null],
  salesModel: ["field", null],
} as const;

interface Row {
  id: string;
  status: "DRAFT" | "COMPLETED";
  answers: Answers;
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

const sources = demoResponses(seededRandom(1718), 60, NOW).map((response) => response.answers);

/** A stored-looking answer document, sometimes with an option the layout lacks, a number, or answers missing. */
function randomAnswers(random: Random): Answers {
  const answers = { ...pick(random, sources) };
  const roll = random();
  if (roll < 0.1) answers[PART_A_IDS.role] = "astronaut";
  else if (roll < 0.2) answers["c.alignment.strategy-aligned"] = 3 as unknown as string;
  else if (roll < 0.3) for (const id of Object.keys(answers).filter((_, i) => i % 3 === 0)) delete answers[id];
  return answers;
}

function randomKeys(random: Random): Pick<Row, "industry" | "companySize" | "region" | "salesModel"> {
  return {
    industry: pick(random, PEER_VALUES.industry),
    companySize: pick(random, PEER_VALUES.companySize),
    region: pick(random, PEER_VALUES.region),
    salesModel: pick(random, PEER_VALUES.salesModel),
  };
}

/** A UUID drawn from the seeded random source, so rows sort the same way on every run and the test replays exactly. */
function seededId(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function randomRow(random: Random): Row {
  return { id: seededId(random), status: random() < 0.6 ? "COMPLETED" : "DRAFT", answers: randomAnswers(random), ...randomKeys(random) };
}

const columns = (rows: Row[]) => [
  rows.map((row) => row.id),
  rows.map((row) => row.status),
  rows.map((row) => JSON.stringify(row.answers)),
  rows.map((row) => row.industry),
  rows.map((row) => row.companySize),
  rows.map((row) => row.region),
  rows.map((row) => row.salesModel),
];

const UNNEST = `unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
  AS u(id, status, answers, industry, "companySize", region, "salesModel")`;

/** One statement inserting every row. */
async function insertRows(client: pg.Pool, rows: Row[]) {
  await client.query(
    `INSERT INTO "Response" (id, status, "instrumentVersion", answers, industry, "companySize", region, "salesModel", "updatedAt")
     SELECT u.id, u.status::"ResponseStatus", '2026.2', u.answers::jsonb, u.industry, u."companySize", u.region, u."salesModel", now()
       FROM ${UNNEST}`,
    columns(rows),
  );
}

/** One statement giving every row its new state. */
async function updateRows(client: pg.Pool, rows: Row[]) {
  await client.query(
    `UPDATE "Response" AS r
        SET status = u.status::"ResponseStatus", answers = u.answers::jsonb, industry = u.industry,
            "companySize" = u."companySize", region = u.region, "salesModel" = u."salesModel", "updatedAt" = now()
       FROM ${UNNEST} WHERE r.id = u.id`,
    columns(rows),
  );
}

async function storedRows(client: pg.Pool): Promise<Row[]> {
  const { rows } = await client.query<Row>(
    `SELECT id, status, answers, industry, "companySize", region, "salesModel" FROM "Response" ORDER BY id`,
  );
  return rows;
}

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: database.url(), max: 6 });
});
afterAll(async () => {
  await pool.end();
});

describe("AnswerTally triggers", () => {
  it("equal a recount from the responses after every one of many random statements", async () => {
    const random = seededRandom(1717);
    const sample = (rows: Row[], most: number) => rows.filter(() => random() < 0.5).slice(0, 1 + Math.floor(random() * most));
    await insertRows(pool, Array.from({ length: 30 }, () => randomRow(random)));
    const kinds = new Set<string>();
    for (let step = 0; step < 60; step++) {
      const stored = await storedRows(pool);
      const roll = random();
      if (roll < 0.2) {
        kinds.add("insert");
        await insertRows(pool, Array.from({ length: 1 + Math.floor(random() * 6) }, () => randomRow(random)));
      } else if (roll < 0.55) {
        // Each row its own change, in one statement: drafts completed, completed answers replaced, keys moved, a
        // response reopened as a draft (no product path does that, but the triggers must not care).
        kinds.add("update");
        await updateRows(
          pool,
          sample(stored, 6).map((row) => ({
            ...row,
            status: random() < 0.85 ? "COMPLETED" : "DRAFT",
            ...(random() < 0.5 ? { answers: randomAnswers(random) } : {}),
            ...(random() < 0.5 ? randomKeys(random) : {}),
          })),
        );
      } else if (roll < 0.7) {
        kinds.add("keys of completed");
        await updateRows(pool, sample(stored.filter((row) => row.status === "COMPLETED"), 4).map((row) => ({ ...row, ...randomKeys(random) })));
      } else if (roll < 0.8) {
        kinds.add("nothing counted changes");
        await updateRows(pool, sample(stored, 5));
      } else {
        kinds.add("delete");
        await pool.query(`DELETE FROM "Response" WHERE id = ANY($1::uuid[])`, [sample(stored, 4).map((row) => row.id)]);
      }
      expect(await answerTallyCells(), `after step ${step}`).toEqual(await recountAnswerTallyCells());
    }
    expect(kinds.size).toBe(5);
    const completed = (await storedRows(pool)).filter((row) => row.status === "COMPLETED").length;
    expect(completed).toBeGreaterThan(10);
    const cells = await answerTallyCells();
    expect(cells.find((cell) => cell.questionId === "*")).toBeDefined();
    expect(await rebuiltAnswerTallyCells()).toEqual(cells);
  }, 120_000);

  it("stay exact under concurrent multi-row writers sharing rows, without deadlocks", async () => {
    const writers = Array.from({ length: 4 }, (_, writer) => async () => {
      const random = seededRandom(900 + writer);
      const own: Row[] = [];
      for (let statement = 0; statement < 12; statement++) {
        if (own.length && random() < 0.5) {
          // Complete or move several of this writer's rows at once (rows of other writers are left alone).
          const changed = own.filter(() => random() < 0.5).map((row) => ({ ...row, status: "COMPLETED" as const, ...randomKeys(random) }));
          await updateRows(pool, changed);
          for (const row of changed) own[own.findIndex((candidate) => candidate.id === row.id)] = row;
        } else {
          const rows = Array.from({ length: 2 + Math.floor(random() * 6) }, () => randomRow(random));
          await insertRows(pool, rows);
          own.push(...rows);
        }
      }
    });
    const results = await Promise.allSettled(writers.map((write) => write()));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await answerTallyCells()).toEqual(await recountAnswerTallyCells());
  }, 120_000);
});
