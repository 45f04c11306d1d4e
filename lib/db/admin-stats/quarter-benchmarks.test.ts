// The benchmarks by quarter equal a brute force over the raw rows (tests/support/quarter-oracle.ts) for filters of
// none to four keys: read all live, after the roll-up, with new completions read live beside it, and through each
// event that changes a rolled-up quarter — a late completion, a draft completed with an old date, an erasure, a changed
// peer key, a rewritten score, a re-score — while linking a retake to its participant forgets nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { expectClose } from "@/tests/support/expect-close";
import { SMALL_INDUSTRY, readRows, seedAdminPopulation } from "@/tests/support/admin-population";
import { bruteForceQuarters } from "@/tests/support/quarter-oracle";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import { rescoreAll } from "@/lib/responses/rescore";
import { db } from "../client";
import { deleteResponse } from "../admin-responses";
import { quarterBenchmarks, rollUpQuarters } from "./index";
import { foldedBefore } from "./quarter-rollup";

withMigratedDatabase();

const THRESHOLD = 5;
const FILTERS: AdminFilter[] = [
  {},
  { industry: "software" },
  { region: "europe", salesModel: "field" },
  { industry: "software", companySize: "250-999", region: "north-america" },
  { industry: "retail-consumer", companySize: "1-49", region: "north-america", salesModel: "inside" },
  { industry: SMALL_INDUSTRY },
];

// The population ends on 1 November 2026 and the roll-up is bounded by the database's clock, so with today's date every
// quarter but the running one is closed and the running one is counted up to yesterday; completions dated now are live.
const now = () => new Date();

async function expectExact(label: string) {
  const rows = await readRows();
  for (const filter of FILTERS) {
    const expected = bruteForceQuarters(rows, filter, THRESHOLD, now());
    expectClose(await quarterBenchmarks(filter, now()), expected, `${label} ${JSON.stringify(filter)}`);
  }
}

const rolledQuarters = async () =>
  (await db().$queryRaw<{ quarter: string }[]>`SELECT to_char("quarter", 'YYYY-MM-DD') AS quarter FROM "QuarterRollup" ORDER BY 1`).map((r) => r.quarter);

const completedIds = async (from: string, to: string) =>
  (await db().$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Response" WHERE status = 'COMPLETED' AND "completedAt" >= ${from}::timestamp AND "completedAt" < ${to}::timestamp
     ORDER BY id LIMIT 3`).map((r) => r.id);

/** Completed demo responses (with their scores) dated `completedAt`, through the loader with its triggers on. */
async function storeCompleted(seed: number, count: number, completedAt: Date, profile: Record<string, string> = {}) {
  const responses = demoResponses(seededRandom(seed), count, completedAt).map((response) => ({
    answers: { ...response.answers, ...profile },
    startedAt: new Date(completedAt.getTime() - 20 * 60_000),
    completedAt,
  }));
  await insertDemoResponses(responses);
}

beforeAll(async () => {
  await seedAdminPopulation();
}, 120_000);

describe("quarterBenchmarks", () => {
  it("equals the brute force read all live, then rolled up, and the roll-up covers every quarter up to yesterday", async () => {
    expect(await rolledQuarters()).toEqual([]);
    await expectExact("all live");
    const counted = await rollUpQuarters(now());
    const quarters = await rolledQuarters();
    expect(counted).toBe(quarters.length);
    expect(quarters.length).toBeGreaterThanOrEqual(6);
    const [{ upTo }] = (await db().$queryRaw<{ upTo: string }[]>`
      SELECT to_char(max("countedBefore"), 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "upTo" FROM "QuarterRollup"`) as [{ upTo: string }];
    expect(`${upTo}Z`).toBe(foldedBefore(now()).toISOString());
    expect(await rollUpQuarters(now())).toBe(0);
    await expectExact("rolled up");
  }, 120_000);

  it("reads completions of today live beside the rolled-up days", async () => {
    await storeCompleted(11, 12, new Date(), { [PART_A_IDS.industry]: "software", [PART_A_IDS.region]: "europe", [PART_A_IDS.salesModel]: "field" });
    const before = await rolledQuarters();
    await expectExact("today live");
    expect(await rollUpQuarters(now())).toBe(0);
    expect(await rolledQuarters()).toEqual(before);
  }, 120_000);

  it("forgets a closed quarter on a late completion, counts it again, and stays exact", async () => {
    await storeCompleted(12, 4, new Date("2026-02-14T10:00:00Z"), { [PART_A_IDS.industry]: "software" });
    expect(await rolledQuarters()).not.toContain("2026-01-01");
    await expectExact("late completion, live");
    expect(await rollUpQuarters(now())).toBe(1);
    await expectExact("late completion, rolled up");
  }, 120_000);

  it("forgets a quarter when a draft is completed with an old date", async () => {
    const [demo] = demoResponses(seededRandom(13), 1, new Date("2025-11-01T00:00:00Z"));
    const answers = { ...demo!.answers, [PART_A_IDS.region]: "europe" };
    const draft = await db().response.create({ data: { instrumentVersion: instrument.version, answers }, select: { id: true } });
    const columns = responseColumns(answers);
    const { columns: score } = scoreRow(answers, columns);
    await db().$transaction([
      db().response.update({ where: { id: draft.id }, data: { status: "COMPLETED", completedAt: new Date("2025-10-20T09:00:00Z"), ...columns } }),
      db().score.create({ data: { responseId: draft.id, ...score } }),
    ]);
    expect(await rolledQuarters()).not.toContain("2025-10-01");
    await expectExact("draft completed late");
    await rollUpQuarters(now());
    await expectExact("draft completed late, rolled up");
  }, 120_000);

  it("forgets a quarter on an erasure and on a changed peer key, and not when a retake links a response", async () => {
    const [erased, rekeyed, linked] = await completedIds("2025-07-01", "2025-10-01");
    const [other] = await completedIds("2026-04-01", "2026-07-01");
    const all = await rolledQuarters();
    await db().$executeRaw`UPDATE "Response" SET "participantId" = id WHERE id = ${linked}::uuid`;
    expect(await rolledQuarters()).toEqual(all);
    expect(await deleteResponse(erased!)).toBe(true);
    await db().$executeRaw`UPDATE "Response" SET region = CASE WHEN region = 'europe' THEN 'asia-pacific' ELSE 'europe' END WHERE id = ${rekeyed}::uuid`;
    await db().$executeRaw`UPDATE "Score" SET overall = CASE WHEN overall = 3 THEN 97 ELSE 3 END WHERE "responseId" = ${other}::uuid`;
    expect(await rolledQuarters()).toEqual(all.filter((quarter) => quarter !== "2025-07-01" && quarter !== "2026-04-01"));
    await expectExact("erased, re-keyed, rewritten");
    expect(await rollUpQuarters(now())).toBe(2);
    await expectExact("erased, re-keyed, rewritten, rolled up");
  }, 120_000);

  it("stays exact through a re-score and concurrent roll-ups", async () => {
    await rescoreAll();
    await expectExact("re-scored");
    await Promise.all([rollUpQuarters(now()), rollUpQuarters(now()), rollUpQuarters(now())]);
    await expectExact("concurrent roll-ups");
    await rollUpQuarters(now());
    expect((await rolledQuarters()).length).toBeGreaterThanOrEqual(6);
    await expectExact("rolled up again");
  }, 180_000);

  it("asks the page to wait while more than the limit would be counted live", async () => {
    await db().$executeRaw`SELECT "forgetQuarterBenchmarks"(NULL)`;
    expect(await quarterBenchmarks({}, now(), 100)).toMatchObject({ status: "counting", backlog: 101 });
    expect((await quarterBenchmarks({}, now(), 1_000)).status).toBe("ready");
  });
});
