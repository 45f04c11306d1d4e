// The precomputed admin figures stay in step with the rows they summarise: "AnswerCount" (maintained by triggers on
// "Response") through inserts, completion of a draft, edits and deletion; the Score sales figures and peer keys as
// the application writes them and as the admin_stat_columns migration backfilled them.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { PART_A_IDS, PART_B_IDS, type Answers } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { db } from "../client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { salesColumns } from "@/lib/responses/score-row";
import { choiceQuestions, questionDistributions } from "./index";

withMigratedDatabase();

const NOW = new Date("2026-11-01T12:00:00Z");

type CountRow = { questionId: string; option: string; industry: string; companySize: string; region: string; salesModel: string; count: number };

/** The aggregate as maintained, without rows that went back to zero. */
async function maintained(): Promise<CountRow[]> {
  return db().$queryRaw<CountRow[]>`
    SELECT "questionId", "option", industry, "companySize", region, "salesModel", "count" FROM "AnswerCount"
     WHERE "count" <> 0 ORDER BY 1, 2, 3, 4, 5, 6`;
}

/** The same counts, brute force in JavaScript over every completed response. */
async function bruteForce(): Promise<CountRow[]> {
  const ids = new Set(choiceQuestions().map((question) => question.id));
  const responses = await db().response.findMany({ where: { status: "COMPLETED" } });
  const counts = new Map<string, number>();
  for (const response of responses) {
    const dims = [response.industry, response.companySize, response.region, response.salesModel].map((value) => value ?? "");
    const pairs: [string, string][] = [["*", "*"]];
    for (const [id, value] of Object.entries(response.answers as Answers)) if (ids.has(id) && typeof value === "string") pairs.push([id, value]);
    for (const pair of pairs) {
      const key = JSON.stringify([...pair, ...dims]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rows = [...counts].map(([key, count]) => {
    const [questionId, option, industry, companySize, region, salesModel] = JSON.parse(key) as string[];
    return { questionId: questionId!, option: option!, industry: industry!, companySize: companySize!, region: region!, salesModel: salesModel!, count };
  });
  // The database's text ordering (C collation for these ASCII codes) for a stable comparison.
  const sortKey = (row: CountRow) => [row.questionId, row.option, row.industry, row.companySize, row.region, row.salesModel];
  return rows.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

const sorted = (rows: CountRow[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeAll(async () => {
  const generated = demoResponses(seededRandom(4242), 80, NOW);
  // A few without a region or sales model, so "" keys are exercised.
  for (const response of generated.slice(0, 4)) {
    delete response.answers[PART_A_IDS.region];
    delete response.answers[PART_A_IDS.salesModel];
  }
  await insertDemoResponses(generated, 25);
  const drafts = demoResponses(seededRandom(4343), 10, NOW);
  await db().response.createMany({
    data: drafts.map((draft) => ({ instrumentVersion: "2026.1", answers: draft.answers, currentStep: 5, startedAt: draft.startedAt })),
  });
});

describe("AnswerCount", () => {
  it("counts exactly the choice questions of the instrument", async () => {
    const [{ ids }] = (await db().$queryRaw<{ ids: string[] }[]>`SELECT "answerCountQuestions"() AS ids`) as [{ ids: string[] }];
    expect(ids).toEqual(choiceQuestions().map((question) => question.id));
  });

  it("equals the brute-force count of completed responses (drafts never count)", async () => {
    expect(sorted(await maintained())).toEqual(sorted(await bruteForce()));
    const [{ n }] = (await db().$queryRaw<{ n: number }[]>`
      SELECT sum("count")::int AS n FROM "AnswerCount" WHERE "questionId" = '*'`) as [{ n: number }];
    expect(n).toBe(80);
  });

  it("follows a draft's completion, an edit of a completed response and the deletion of responses", async () => {
    const before = await questionDistributions();
    const draft = (await db().response.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
    await db().response.update({ where: { id: draft }, data: { answers: { [PART_A_IDS.industry]: "software" } } });
    expect(sorted(await maintained())).toEqual(sorted(await bruteForce())); // a draft's save changes nothing
    await db().response.update({ where: { id: draft }, data: { status: "COMPLETED", industry: "software", region: "europe" } });
    expect((await questionDistributions()).responses).toBe(before.responses + 1);

    const completed = await db().response.findMany({ where: { status: "COMPLETED" }, take: 3, orderBy: { id: "asc" } });
    const edited = completed[0]!;
    const answers = { ...(edited.answers as Answers), [PART_A_IDS.role]: "other" };
    await db().response.update({ where: { id: edited.id }, data: { answers } });
    expect(sorted(await maintained())).toEqual(sorted(await bruteForce()));

    // One deleted alone, one with a draft in the same statement; their contributions leave with them.
    await db().response.delete({ where: { id: completed[1]!.id } });
    const anotherDraft = (await db().response.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
    await db().response.deleteMany({ where: { id: { in: [completed[2]!.id, anotherDraft] } } });
    expect(sorted(await maintained())).toEqual(sorted(await bruteForce()));
    expect((await questionDistributions()).responses).toBe(before.responses + 1 - 2);
  });

  it("is rebuilt from the responses to the same counts", async () => {
    const kept = await maintained();
    await db().$executeRaw`DELETE FROM "AnswerCount"`;
    await db().$executeRaw`SELECT "rebuildAnswerCount"()`;
    expect(sorted(await maintained())).toEqual(sorted(kept));
  });
});

describe("Score's admin columns", () => {
  const read = () =>
    db().score.findMany({
      select: {
        region: true, salesModel: true, unitWinRate: true, valueWinRate: true, averageDealValue: true,
        cycleDays: true, velocity: true, averageDealUsd: true, velocityUsd: true, quotaAttainment: true, sellersAtQuota: true,
        response: { select: { answers: true, region: true, salesModel: true } },
      },
      orderBy: { responseId: "asc" },
    });

  it("hold the response's region and sales model and analyseSales' figures", async () => {
    const scores = await read();
    expect(scores.length).toBeGreaterThan(70);
    expect(scores.filter((score) => score.velocity !== null).length).toBeGreaterThan(30);
    for (const { response, ...stored } of scores) {
      expect(stored).toEqual({ region: response.region, salesModel: response.salesModel, ...salesColumns(response.answers) });
    }
  });

  it("are filled by the migrations' backfills from the answers, as analyseSales computes them", async () => {
    // Unusable inputs too: a string, a negative, a zero count, a quota beyond the survey's limit; and money in euros
    // and in a currency the rate table lacks.
    const odd = await db().score.findMany({ take: 6, orderBy: { responseId: "asc" }, select: { responseId: true } });
    const tweaks: Partial<Answers>[] = [
      { [PART_B_IDS.cycleDays]: "90" as unknown as number },
      { [PART_B_IDS.lostValue]: -5 },
      { [PART_B_IDS.wonCount]: 0 },
      { [PART_B_IDS.quotaAttainment]: 900 },
      { [PART_B_IDS.currency]: "eur" },
      { [PART_B_IDS.currency]: "other" },
    ];
    for (const [i, { responseId }] of odd.entries()) {
      const { answers } = await db().response.findUniqueOrThrow({ where: { id: responseId }, select: { answers: true } });
      await db().response.update({ where: { id: responseId }, data: { answers: { ...(answers as Answers), ...tweaks[i] } as Answers } });
    }
    // The backfills of both migrations that added sales columns, in order.
    const dir = path.join(process.cwd(), "prisma/migrations");
    const backfills = ["_admin_stat_columns", "_velocity_per_year", "_hard_number_counts"].map((suffix) => {
      const migration = readdirSync(dir).find((name) => name.endsWith(suffix))!;
      const sql = readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
      const backfill = sql.slice(sql.indexOf('UPDATE "Score" AS s'), sql.indexOf('ALTER TABLE "Score" ENABLE TRIGGER'));
      expect(backfill).toContain("WHERE r.id = s.\"responseId\";");
      return backfill;
    });
    await db().$transaction([
      db().$executeRawUnsafe(`ALTER TABLE "Score" DISABLE TRIGGER USER`),
      db().$executeRawUnsafe(`UPDATE "Score" SET region = NULL, "salesModel" = NULL, "unitWinRate" = NULL, "valueWinRate" = NULL,
        "averageDealValue" = NULL, "cycleDays" = NULL, velocity = NULL, "averageDealUsd" = NULL, "velocityUsd" = NULL,
        "quotaAttainment" = NULL, "sellersAtQuota" = NULL`),
      ...backfills.map((backfill) => db().$executeRawUnsafe(backfill)),
      db().$executeRawUnsafe(`ALTER TABLE "Score" ENABLE TRIGGER USER`),
    ]);
    for (const { response, ...stored } of await read()) {
      const expected = { region: response.region, salesModel: response.salesModel, ...salesColumns(response.answers) };
      for (const [key, value] of Object.entries(expected)) {
        const actual = stored[key as keyof typeof stored];
        if (typeof value === "number") expect(Math.abs((actual as number) - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
        else expect(actual, key).toEqual(value);
      }
    }
  });
});

describe("draft peer keys", () => {
  it("are copied from a draft's saved profile answers, follow later saves, and are the submitted ones once completed", async () => {
    const [source] = demoResponses(seededRandom(515), 1, NOW);
    const profile = Object.fromEntries(Object.entries(source!.answers).filter(([id]) => id.startsWith("a.profile")));
    const draft = await db().response.create({ data: { instrumentVersion: "2026.1", answers: {}, currentStep: 0 } });
    const keys = () =>
      db().response.findUniqueOrThrow({ where: { id: draft.id }, select: { industry: true, companySize: true, region: true, salesModel: true } });
    expect(await keys()).toEqual({ industry: null, companySize: null, region: null, salesModel: null });

    await db().response.update({ where: { id: draft.id }, data: { answers: profile, currentStep: 1 } });
    expect(await keys()).toEqual({
      industry: profile[PART_A_IDS.industry], companySize: profile[PART_A_IDS.companySize],
      region: profile[PART_A_IDS.region], salesModel: profile[PART_A_IDS.salesModel],
    });
    await db().response.update({ where: { id: draft.id }, data: { answers: { ...profile, [PART_A_IDS.industry]: "telecoms" } } });
    expect(await keys()).toMatchObject({ industry: "telecoms" });

    // A completed response keeps the columns its writer gave (the submit path fills them from the answers).
    await db().response.update({ where: { id: draft.id }, data: { status: "COMPLETED", completedAt: NOW, industry: "software" } });
    expect(await keys()).toMatchObject({ industry: "software" });
    await db().response.delete({ where: { id: draft.id } });
  });
});
