// The ScoreHistogram aggregate (score_histograms migration): the database's layout is lib/scoring's, its constraints
// refuse what the layout has no room for, and any mix of inserts, updates (scores, scoring versions, peer keys) and
// deletes of Score rows, many rows to a statement or one, and any response joining or leaving the benchmark pool, leaves
// it equal to a count made in JavaScript over the scores in the pool and to the database's own recount.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { PART_A_IDS, instrument, sectionsOfPart } from "@/lib/instrument";
import { SCORE_HISTOGRAM_LAYOUT, SCORE_HISTOGRAM_WIDTH } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, readHistogramCells } from "@/tests/support/peer-population";
import { db } from "./client";
import { Prisma } from "./generated/client";

withMigratedDatabase();

const SECTION_IDS = [...sectionsOfPart("C", instrument), ...sectionsOfPart("D", instrument)].map((section) => section.id);
const RESPONSES = 24;
let responseIds: string[] = [];

beforeAll(async () => {
  responseIds = Array.from({ length: RESPONSES }, () => randomUUID());
  // A third of them kept out of the benchmark pool: their scores are stored but never counted.
  await db().response.createMany({
    data: responseIds.map((id, i) => ({
      id,
      instrumentVersion: instrument.version,
      status: "COMPLETED" as const,
      answers: i % 3 === 0 ? { [PART_A_IDS.pool]: false } : {},
    })),
  });
});

describe("the database's layout", () => {
  it("is lib/scoring's, subscripts from 1", async () => {
    const rows = await db().$queryRaw<{ metric: string; first: number; width: number }[]>`SELECT * FROM "scoreHistogramLayout"()`;
    expect(rows).toEqual(SCORE_HISTOGRAM_LAYOUT.map((slice) => ({ metric: slice.metric, first: slice.offset + 1, width: slice.width })));
    const [{ empty }] = (await db().$queryRaw<{ empty: number[] }[]>`SELECT "emptyScoreHistogram"() AS empty`) as [{ empty: number[] }];
    expect(empty).toEqual(new Array(SCORE_HISTOGRAM_WIDTH).fill(0));
  });

  it("takes rows of the layout's width only", async () => {
    const write = (counts: number[]) =>
      db().$executeRaw`INSERT INTO "ScoreHistogram" VALUES ('test', 'x', 'y', ${counts}::int[]) ON CONFLICT DO NOTHING`;
    await expect(write(new Array(SCORE_HISTOGRAM_WIDTH - 1).fill(0))).rejects.toThrow(/ScoreHistogram_counts_layout/);
    await expect(write(new Array(SCORE_HISTOGRAM_WIDTH + 1).fill(0))).rejects.toThrow(/ScoreHistogram_counts_layout/);
    await write(new Array(SCORE_HISTOGRAM_WIDTH).fill(0));
    await db().$executeRaw`DELETE FROM "ScoreHistogram" WHERE "scoringVersion" = 'test'`;
  });

  it("lets a score count in every section of the layout, and refuses one it has no slot for", async () => {
    const store = (columns: Partial<Prisma.ScoreUncheckedCreateInput>) =>
      db().score.create({ data: { responseId: responseIds[1]!, scoringVersion: "test", sectionScores: {}, ...columns } });
    const every = Object.fromEntries(SECTION_IDS.map((id, i) => [id, i % 3 === 0 ? null : i * 8]));
    await store({ sectionScores: every, overall: 0, personalIndex: 100 });
    await db().score.deleteMany({ where: { responseId: responseIds[1]! } });
    await expect(store({ sectionScores: { "c.unknown": 50 } })).rejects.toThrow(/Score_sectionScores_counted/);
    await expect(store({ sectionScores: { "c.alignment": 101 } })).rejects.toThrow(/Score_sectionScores_counted/);
    await expect(store({ sectionScores: { "c.alignment": 50.5 } })).rejects.toThrow(/Score_sectionScores_counted/);
    await expect(store({ sectionScores: { "c.alignment": "50" } })).rejects.toThrow(/Score_sectionScores_counted/);
    await expect(store({ overall: 101 })).rejects.toThrow(/Score_indices_whole_percent/);
    await expect(store({ winRateIndex: -1 })).rejects.toThrow(/Score_indices_whole_percent/);
    expect(await readHistogramCells()).toEqual([]);
  });
});

const percent = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 4 });
const figure = (max: number) => fc.option(fc.double({ min: 0, max, noNaN: true }), { nil: null, freq: 3 });
const scoreColumns = fc.record({
  scoringVersion: fc.constantFrom("2026.1", "2026.2"),
  industry: fc.constantFrom<string | null>("software", "telecoms", "other", null),
  companySize: fc.constantFrom<string | null>("1-49", "250-999", null),
  overall: percent,
  valueIndex: percent,
  numberIndex: percent,
  winRateIndex: percent,
  salesCycleIndex: percent,
  personalIndex: percent,
  sectionScores: fc.dictionary(fc.constantFrom(...SECTION_IDS), percent, { maxKeys: SECTION_IDS.length }),
  unitWinRate: figure(1),
  valueWinRate: figure(1),
  averageDealUsd: figure(1e9),
  cycleDays: figure(3650),
  quotaAttainment: figure(500),
  sellersAtQuota: figure(100),
  velocityUsd: figure(1e8),
});

/**
 * One statement: insert scores for responses without one, rewrite some stored ones, delete some, or change some
 * responses' pool choice (their scores follow, by trigger).
 */
const operation = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), rows: fc.array(scoreColumns, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant("update" as const), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), columns: scoreColumns }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("pool" as const), pick: fc.array(fc.nat({ max: RESPONSES - 1 }), { minLength: 1, maxLength: 4 }), inPool: fc.boolean() }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(op: Operation) {
  const stored = await db().score.findMany({ select: { id: true, responseId: true }, orderBy: { id: "asc" } });
  const chosen = "pick" in op ? [...new Set(op.pick.map((i) => stored[i % Math.max(1, stored.length)]?.id))].filter((id) => id) : [];
  if (op.kind === "insert") {
    const free = responseIds.filter((id) => !stored.some((row) => row.responseId === id));
    const rows = op.rows.slice(0, free.length).map((columns, i) => ({ ...columns, responseId: free[i]! }));
    if (rows.length) await db().score.createMany({ data: rows });
  } else if (op.kind === "update" && chosen.length) {
    await db().score.updateMany({ where: { id: { in: chosen as string[] } }, data: op.columns });
  } else if (op.kind === "delete" && chosen.length) {
    await db().score.deleteMany({ where: { id: { in: chosen as string[] } } });
  } else if (op.kind === "pool") {
    const ids = [...new Set(op.pick.map((i) => responseIds[i]!))];
    await db().response.updateMany({ where: { id: { in: ids } }, data: { answers: { [PART_A_IDS.pool]: op.inPool } } });
  }
}

describe("the triggers", () => {
  it("keep the histograms equal to a recount through any inserts, updates and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        await db().score.deleteMany();
        for (const op of operations) await apply(op);
        // Each score mirrors its response's choice, whichever row was written last.
        expect(await db().$queryRaw`SELECT s.id FROM "Score" s JOIN "Response" r ON r.id = s."responseId" WHERE s."inPool" <> r."inPool"`).toEqual([]);
        const { stored, expected } = await compareAggregateWithScores();
        expect(stored).toEqual(expected);
        // The database's own recount gives the same counts (rows left at zero by deletes aside).
        await db().$executeRaw`SELECT "rebuildScoreHistogram"()`;
        expect((await compareAggregateWithScores()).stored).toEqual(stored);
      }),
      { numRuns: 25, endOnFailure: true }, // shrinking database writes would outlast the timeout
    );
  }, 120_000);

  it("write nothing when a score is stored again unchanged", async () => {
    await db().score.deleteMany();
    await db().score.create({ data: { responseId: responseIds[1]!, scoringVersion: "2026.1", overall: 40, sectionScores: { "c.process": 70 } } });
    const before = await db().$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "ScoreHistogram" ORDER BY 1`;
    await db().score.updateMany({ data: { overall: 40, region: "europe" } });
    expect(await db().$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "ScoreHistogram" ORDER BY 1`).toEqual(before);
  });
});
