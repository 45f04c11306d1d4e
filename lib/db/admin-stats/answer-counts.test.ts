// The precomputed admin figures stay in step with the rows they summarise: "AnswerTally" (maintained by triggers on
// "Response") through inserts, completion of a draft, edits and deletion; the Score sales figures and peer keys as
// the application writes them and as the admin_stat_columns migration backfilled them.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { answerTallyCells, rebuiltAnswerTallyCells, recountAnswerTallyCells } from "@/tests/support/answer-tallies";
import { PART_A_IDS, PART_B_IDS, type Answers } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { db } from "../client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { salesColumns } from "@/lib/responses/score-row";
import { answerTallyLayout } from "../answer-tally-layout";
import { choiceQuestions, questionDistributions } from "./index";

withMigratedDatabase();

const NOW = new Date("2026-11-01T12:00:00Z");

/** The aggregate as maintained, without counts that went back to zero. */
const maintained = answerTallyCells;
/** The same counts, brute force in JavaScript over every completed response. */
const bruteForce = recountAnswerTallyCells;

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

describe("AnswerTally", () => {
  it("counts exactly the options of the instrument's choice questions, in the layout lib/db derives from it", async () => {
    const layout = await db().$queryRaw<{ slot: number; questionId: string; option: string }[]>`
      SELECT slot, "questionId", option FROM "answerTallyLayout"() ORDER BY slot`;
    expect(layout).toEqual(answerTallyLayout());
    expect([...new Set(layout.slice(1).map((slot) => slot.questionId))]).toEqual(choiceQuestions().map((question) => question.id));
    const [{ width }] = (await db().$queryRaw<{ width: number }[]>`SELECT "answerTallyWidth"() AS width`) as [{ width: number }];
    expect(width).toBe(layout.length);
  });

  it("equals the brute-force count of completed responses (drafts never count)", async () => {
    expect(await maintained()).toEqual(await bruteForce());
    const [{ n }] = (await db().$queryRaw<{ n: number }[]>`SELECT sum(counts[1])::int AS n FROM "AnswerTally"`) as [{ n: number }];
    expect(n).toBe(80);
  });

  it("follows a draft's completion, an edit of a completed response and the deletion of responses", async () => {
    const before = await questionDistributions();
    const draft = (await db().response.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
    await db().response.update({ where: { id: draft }, data: { answers: { [PART_A_IDS.industry]: "software" } } });
    expect(await maintained()).toEqual(await bruteForce()); // a draft's save changes nothing
    await db().response.update({ where: { id: draft }, data: { status: "COMPLETED", industry: "software", region: "europe" } });
    expect((await questionDistributions()).responses).toBe(before.responses + 1);

    const completed = await db().response.findMany({ where: { status: "COMPLETED" }, take: 3, orderBy: { id: "asc" } });
    const edited = completed[0]!;
    const answers = { ...(edited.answers as Answers), [PART_A_IDS.role]: "other" };
    await db().response.update({ where: { id: edited.id }, data: { answers } });
    expect(await maintained()).toEqual(await bruteForce());

    // One deleted alone, one with a draft in the same statement; their contributions leave with them.
    await db().response.delete({ where: { id: completed[1]!.id } });
    const anotherDraft = (await db().response.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
    await db().response.deleteMany({ where: { id: { in: [completed[2]!.id, anotherDraft] } } });
    expect(await maintained()).toEqual(await bruteForce());
    expect((await questionDistributions()).responses).toBe(before.responses + 1 - 2);
  });

  it("counts the response but not an answer in an option the layout lacks (an older instrument's) or of another type", async () => {
    const before = await questionDistributions();
    const [source] = demoResponses(seededRandom(616), 1, NOW);
    const answers = { ...source!.answers, [PART_A_IDS.role]: "astronaut", [PART_A_IDS.revenue]: 12 as unknown as string };
    await db().response.create({
      data: { instrumentVersion: "2026.1", status: "COMPLETED", answers, industry: "software", companySize: "1-49", completedAt: NOW },
    });
    expect(await maintained()).toEqual(await bruteForce());
    const after = await questionDistributions();
    expect(after.responses).toBe(before.responses + 1);
    const answered = (distributions: typeof after, id: string) => distributions.questions.find((question) => question.questionId === id)!.answered;
    expect(answered(after, PART_A_IDS.role)).toBe(answered(before, PART_A_IDS.role));
    expect(answered(after, PART_A_IDS.revenue)).toBe(answered(before, PART_A_IDS.revenue));
    expect(answered(after, PART_A_IDS.industry)).toBe(answered(before, PART_A_IDS.industry)! + 1);
  });

  it("is rebuilt from the responses to the same counts", async () => {
    const kept = await maintained();
    await db().$executeRaw`DELETE FROM "AnswerTally"`;
    expect(await rebuiltAnswerTallyCells()).toEqual(kept);
  });

  it("is carried over by the answer_tallies migration from the AnswerCount rows it replaced", async () => {
    const kept = await maintained();
    const dir = path.join(process.cwd(), "prisma/migrations");
    const sql = readFileSync(path.join(dir, readdirSync(dir).find((name) => name.endsWith("_answer_tallies"))!, "migration.sql"), "utf8");
    const start = sql.indexOf('\nINSERT INTO "AnswerTally"');
    const carryOver = sql.slice(start, sql.indexOf(";", start) + 1);
    expect(carryOver).toContain('FROM "AnswerCount"');
    // "AnswerCount" as it stood before: a row per question, option and peer keys ("*" for the responses), and one
    // for an option of an older instrument, which is not carried over.
    const old = [...kept, { ...kept[0]!, questionId: PART_A_IDS.role, option: "astronaut", count: 3 }];
    const column = (key: keyof (typeof old)[number]) => old.map((cell) => cell[key]);
    await db().$executeRawUnsafe(`CREATE TABLE "AnswerCount" ("questionId" TEXT, "option" TEXT, "industry" TEXT,
      "companySize" TEXT, "region" TEXT, "salesModel" TEXT, "count" INTEGER)`);
    await db().$executeRaw`INSERT INTO "AnswerCount" SELECT * FROM unnest(${column("questionId")}::text[], ${column("option")}::text[],
      ${column("industry")}::text[], ${column("companySize")}::text[], ${column("region")}::text[], ${column("salesModel")}::text[],
      ${column("count")}::int[])`;
    await db().$executeRaw`DELETE FROM "AnswerTally"`;
    await db().$executeRawUnsafe(carryOver);
    await db().$executeRawUnsafe(`DROP TABLE "AnswerCount"`);
    expect(await maintained()).toEqual(kept);
  });
});

describe("Score's admin columns", () => {
  const read = () =>
    db().score.findMany({
      select: {
        region: true, salesModel: true, unitWinRate: true, valueWinRate: true, averageDealValue: true,
        cycleDays: true, velocity: true, averageDealUsd: true, velocityUsd: true, quotaAttainment: true, sellersAtQuota: true,
        opportunities: true, wonCount: true, lostCount: true, openCount: true, wonValueUsd: true, lostValueUsd: true,
        openValueUsd: true,
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

  it("are filled by the migrations' backfills from the answers, as analyseSales and salesNumbers compute them", async () => {
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
    // The answer_figure_bins migration backfills in slices of the id range through a function: the whole range here.
    const answerFigures = readFileSync(path.join(dir, readdirSync(dir).find((name) => name.endsWith("_answer_figure_bins"))!, "migration.sql"), "utf8");
    const start = answerFigures.indexOf('CREATE OR REPLACE FUNCTION "backfillAnswerFigures"');
    const answerBackfill = answerFigures.slice(start, answerFigures.indexOf("$$;", start) + 3);
    expect(answerBackfill).toContain('UPDATE "Score" AS s');
    await db().$transaction([
      db().$executeRawUnsafe(`ALTER TABLE "Score" DISABLE TRIGGER USER`),
      db().$executeRawUnsafe(`UPDATE "Score" SET region = NULL, "salesModel" = NULL, "unitWinRate" = NULL, "valueWinRate" = NULL,
        "averageDealValue" = NULL, "cycleDays" = NULL, velocity = NULL, "averageDealUsd" = NULL, "velocityUsd" = NULL,
        "quotaAttainment" = NULL, "sellersAtQuota" = NULL, "opportunities" = NULL, "wonCount" = NULL, "lostCount" = NULL,
        "openCount" = NULL, "wonValueUsd" = NULL, "lostValueUsd" = NULL, "openValueUsd" = NULL`),
      ...backfills.map((backfill) => db().$executeRawUnsafe(backfill)),
      db().$executeRawUnsafe(answerBackfill),
      db().$executeRawUnsafe(`SELECT "backfillAnswerFigures"('00000000-0000-0000-0000-000000000000', NULL)`),
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
