// The Findings page's figures against SQL over the raw rows (tests/support/findings-oracle.ts), for filters read from
// the tallies (none, one key, two keys) and from the entries (three keys), with small answers suppressed: while every response is
// still dirty, after a fold, and after changes of every kind the triggers must see (a re-score, a re-key, an edited
// answer, an erasure, a response reopened, new responses), before and after folding them. The tallies kept by folds
// equal a recount from scratch.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { expectClose } from "@/tests/support/expect-close";
import { SMALL_INDUSTRY, seedAdminPopulation } from "@/tests/support/admin-population";
import { oracleQuestionFindings } from "@/tests/support/findings-oracle";
import { db } from "@/lib/db/client";
import { foldFindings, rebuildFindings } from "@/lib/db/findings";
import { FINDING_QUESTION_IDS, FINDING_OUTCOME_BINS, FINDING_WIDTH } from "@/lib/db/finding-layout";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { questionFindings, strongestDifferences } from "./findings";

withMigratedDatabase();

const THRESHOLD = 5;
const FILTERS: AdminFilter[] = [
  {},
  { industry: "software" },
  { salesModel: "field" },
  { region: "europe", salesModel: "field" },
  { companySize: "1-49", region: "north-america" },
  { industry: "software", region: "north-america", salesModel: "field" },
  { industry: SMALL_INDUSTRY },
];
/** A spread of questions: agreement, share of time, frequency, six options, the last one. */
const QUESTIONS = [
  "c.alignment.strategy-aligned",
  "c.coaching.manager-coaching-time",
  "d.engagement.follow-process",
  "d.engagement.most-important-stage",
  FINDING_QUESTION_IDS.at(-1)!,
];


async function expectFiguresMatchRows(questions = QUESTIONS) {
  for (const filter of FILTERS) {
    for (const questionId of questions) {
      expectClose(await questionFindings(questionId, filter), await oracleQuestionFindings(questionId, filter, THRESHOLD), `${questionId} ${JSON.stringify(filter)}`);
    }
  }
}

const tallies = () => db().$queryRaw<{ key: string; counts: number[] }[]>`
  SELECT dimension || '/' || value || '/' || slot AS key, counts FROM "FindingTally" WHERE counts <> array_fill(0, ARRAY[${FINDING_WIDTH}::int]) ORDER BY 1`;
const entries = () => db().$queryRaw<{ entry: string }[]>`SELECT e::text AS entry FROM "FindingEntry" e ORDER BY "responseId"`;
const dirty = async () => (await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "FindingDirty"`)[0]!.n;

/** Folds, then checks that the tallies and entries the folds kept equal a recount from scratch. */
async function expectFoldEqualsRebuild() {
  await foldFindings(37);
  expect(await dirty()).toBe(0);
  const [keptTallies, keptEntries] = [await tallies(), await entries()];
  await rebuildFindings();
  expect(await tallies()).toEqual(keptTallies);
  expect(await entries()).toEqual(keptEntries);
}

beforeAll(async () => {
  await seedAdminPopulation();
}, 120_000);

describe("the database's layout", () => {
  it("lists the same questions and count slots as lib/db/finding-layout.ts", async () => {
    const [row] = await db().$queryRaw<{ ids: string[] }[]>`SELECT "findingQuestionIds"() AS ids`;
    expect(row!.ids).toEqual(FINDING_QUESTION_IDS);
    const slots = async (bins: number[]) =>
      (await db().$queryRaw<{ slot: number }[]>`
        SELECT "findingCountSlots"(ROW(gen_random_uuid(), '', '', '', '', ${bins[0]}::int2, ${bins[1]}::int2, ${bins[2]}::int2, ${bins[3]}::int2, '{}')::"FindingEntry") AS slot`).map((r) => r.slot);
    const { overall, unitWinRate, cycleDays, quotaAttainment } = FINDING_OUTCOME_BINS;
    expect(await slots([0, 0, 0, 0])).toEqual([1, overall.first, unitWinRate.first, cycleDays.first, quotaAttainment.first]);
    const last = (bins: { first: number; width: number }) => bins.first + bins.width - 1;
    expect(await slots([100, 100, 333, 500])).toEqual([1, last(overall), last(unitWinRate), last(cycleDays), last(quotaAttainment)]);
    expect(last(quotaAttainment)).toBe(FINDING_WIDTH);
  });
});

describe("findings against the raw rows", () => {
  it("hold while every response is still dirty (nothing counted yet), for every question unfiltered", async () => {
    expect(await dirty()).toBe(300);
    await expectFiguresMatchRows();
    for (const questionId of FINDING_QUESTION_IDS) {
      expectClose(await questionFindings(questionId), await oracleQuestionFindings(questionId, {}, THRESHOLD), questionId);
    }
  }, 120_000);

  it("hold after a fold, which equals a recount", async () => {
    await expectFoldEqualsRebuild();
    await expectFiguresMatchRows();
  }, 120_000);

  it("suppress small answers: the small industry shows nothing, a filter hides some answers and not others", async () => {
    const small = await questionFindings("c.coaching.manager-coaching-time", { industry: SMALL_INDUSTRY });
    expect(small.total.suppressed).toBe("below-threshold");
    expect(small.answers.every((row) => row.n === null && row.outcomes === null)).toBe(true);
    const filtered = await questionFindings("c.coaching.manager-coaching-time", { region: "europe", salesModel: "field" });
    const reasons = filtered.answers.map((row) => row.suppressed);
    expect(reasons).toContain(null);
    expect(reasons).toContain("below-threshold");
    for (const row of filtered.answers) if (row.n !== null) expect(row.n).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it("follow a re-score, a re-key, an edited answer, an erasure, a reopened response and new responses", async () => {
    const completed = await db().response.findMany({ where: { status: "COMPLETED" }, select: { id: true, answers: true }, orderBy: { id: "asc" } });
    const ids = completed.map((row) => row.id);
    await db().$executeRaw`UPDATE "Score" SET overall = (coalesce(overall, 40) + 17) % 101, "unitWinRate" = NULL WHERE "responseId" = ANY (${ids.slice(0, 20)}::uuid[])`;
    await db().$executeRaw`UPDATE "Score" SET "computedAt" = now() WHERE "responseId" = ANY (${ids.slice(20, 30)}::uuid[])`;
    await db().response.updateMany({ where: { id: { in: ids.slice(30, 40) } }, data: { industry: "software", salesModel: "field", region: "europe" } });
    for (const row of completed.slice(40, 45)) {
      const answers = { ...(row.answers as Record<string, unknown>), "c.coaching.manager-coaching-time": "never", "c.alignment.strategy-aligned": 3 };
      await db().response.update({ where: { id: row.id }, data: { answers: answers as object } });
    }
    await db().response.updateMany({ where: { id: { in: ids.slice(45, 48) } }, data: { status: "DRAFT" } });
    await insertDemoResponses(demoResponses(seededRandom(99), 40, new Date("2026-11-01T12:00:00Z")));
    // An erasure takes the response's counts with it at once, before any fold.
    const erased = ids.slice(50, 55);
    await db().response.deleteMany({ where: { id: { in: erased } } });
    expect(await db().findingEntry.count({ where: { responseId: { in: erased } } })).toBe(0);

    await expectFiguresMatchRows();
    await expectFoldEqualsRebuild();
    await expectFiguresMatchRows();
  }, 180_000);

  it("ranks questions by the spread of their shown answers' median win rates", async () => {
    for (const filter of [{}, { industry: "software" }, { region: "north-america", salesModel: "field" }] satisfies AdminFilter[]) {
      const ranked = (await strongestDifferences(filter, "unitWinRate", 50))!;
      expect(ranked.length).toBeGreaterThan(3);
      const spreads = ranked.map((row) => row.spread);
      expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
      for (const row of ranked.slice(0, 5)) {
        const expected = await oracleQuestionFindings(row.questionId, filter, THRESHOLD);
        const medians = expected.answers.flatMap((answer) => (answer.outcomes?.unitWinRate.median != null ? [answer.outcomes.unitWinRate.median] : []));
        expect(row.highest.median).toBeCloseTo(Math.max(...medians), 9);
        expect(row.lowest.median).toBeCloseTo(Math.min(...medians), 9);
      }
    }
    expect(await strongestDifferences({ industry: "software", region: "europe", salesModel: "field" })).toBeNull();
  }, 60_000);
});
