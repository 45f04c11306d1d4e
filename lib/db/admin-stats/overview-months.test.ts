// The overview with closed months rolled up equals the overview counted live, and both equal a brute force over the
// rows, on random responses across several months — also after the events that change a rolled-up month (an
// admin's delete, a late completion, an import, a changed peer key), when time moves on, and with several readers
// rolling up at once.
import { beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { bruteForceOverview } from "@/tests/support/overview-oracle";
import { db } from "../client";
import { deleteResponse } from "../admin-responses";
import { instrument } from "@/lib/instrument";
import { DIMENSIONS, DIMENSION_QUESTION_IDS, type AdminFilter, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { overviewStats } from "./overview";
import { firstLiveMonth, rollUpOverviewMonths } from "./overview-months";
import { loadDemoData } from "@/lib/demo/demo-loader";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";

withMigratedDatabase();

const THRESHOLD = 5;
const KEYS: Record<Dimension, (string | null)[]> = {
  industry: ["software", "retail-consumer", null],
  companySize: ["1-49", "250-999"],
  region: ["europe", "north-america"],
  salesModel: ["field", "inside", null],
};
const FILTERS: AdminFilter[] = [
  {},
  { industry: "software" },
  { region: "europe", salesModel: "field" },
  { industry: "retail-consumer", companySize: "1-49", region: "north-america", salesModel: "inside" },
];

// Months relative to the real one, because the trigger that catches a completion dated in a closed month compares
// with the database's clock: the data covers the six months before the current one.
const thisMonth = new Date(`${new Date().toISOString().slice(0, 7)}-01T00:00:00Z`);
const monthsAgo = (n: number, day = 1) => new Date(Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() - n, day));
const START = monthsAgo(6).getTime();
const SPAN = monthsAgo(0).getTime() - START;
/** Before anything was started: nothing is rolled up, every response is read live. */
const ALL_LIVE = new Date("2000-01-01T00:00:00Z");

const keysArbitrary = fc.record(
  Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, fc.constantFrom(...KEYS[dimension])])) as Record<
    Dimension,
    fc.Arbitrary<string | null>
  >,
);
const responseArbitrary = fc.record({
  completed: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  // Milliseconds after START: anywhere, or within seconds of a month's start.
  startedAt: fc.oneof(
    fc.noBias(fc.integer({ min: 0, max: SPAN - 1 })),
    fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -5_000, max: 5_000 }))
      .map(([month, offset]) => monthsAgo(6 - month).getTime() - START + offset),
  ),
  // In milliseconds, so the rounding to whole seconds matters: minutes, up to weeks (across a month's end), or
  // half a second off a whole one.
  durationMs: fc.oneof(
    fc.noBias(fc.integer({ min: 30_000, max: 3_600_000 })),
    fc.noBias(fc.integer({ min: 3_600_000, max: 40 * 86_400_000 })),
    fc.integer({ min: 1, max: 1_000 }).map((seconds) => seconds * 1_000 + 500),
  ),
  step: fc.integer({ min: 0, max: instrument.sections.length + 1 }),
  keys: keysArbitrary,
});

type Generated = typeof responseArbitrary extends fc.Arbitrary<infer T> ? T : never;

const profileAnswers = (keys: Generated["keys"]) =>
  Object.fromEntries(DIMENSIONS.flatMap((dimension) => (keys[dimension] ? [[DIMENSION_QUESTION_IDS[dimension], keys[dimension]]] : [])));

/** Completed responses with their peer keys in columns; drafts with them in their profile answers (a trigger copies them). */
async function store(responses: Generated[]) {
  await db().$executeRaw`TRUNCATE "Response" CASCADE`;
  await db().response.createMany({
    data: responses.map((response) => {
      const startedAt = new Date(START + response.startedAt);
      return response.completed
        ? {
            instrumentVersion: instrument.version,
            status: "COMPLETED" as const,
            startedAt,
            completedAt: new Date(startedAt.getTime() + response.durationMs),
            currentStep: instrument.sections.length,
            ...response.keys,
          }
        : { instrumentVersion: instrument.version, startedAt, currentStep: response.step, answers: profileAnswers(response.keys) };
    }),
  });
}

async function readRows() {
  return db().response.findMany({
    select: { id: true, status: true, inPool: true, currentStep: true, startedAt: true, completedAt: true, industry: true, companySize: true, region: true, salesModel: true },
  });
}

type StoredRow = Awaited<ReturnType<typeof readRows>>[number];
const matches = (row: StoredRow, filter: AdminFilter) => DIMENSIONS.every((dimension) => !filter[dimension] || row[dimension] === filter[dimension]);

/** At `now`, for every filter: the overview equals the brute force and the overview with everything read live. */
async function expectExact(now: Date) {
  const rows = await readRows();
  for (const filter of FILTERS) {
    const expected = bruteForceOverview(rows.filter((row) => matches(row, filter)), THRESHOLD);
    expect(await overviewStats(filter, now), JSON.stringify(filter)).toEqual(expected);
    expect(await overviewStats(filter, ALL_LIVE), JSON.stringify(filter)).toEqual(expected);
  }
}

/** As the page does it: read (closed months not rolled up are read live), roll up, read again from the rollup. */
async function readRollUpRead(now: Date) {
  await expectExact(now);
  await rollUpOverviewMonths(now);
  await expectExact(now);
}

const rolledMonths = async () =>
  (
    await db().$queryRaw<{ month: string }[]>`
      SELECT to_char("month", 'YYYY-MM') AS month FROM "OverviewMonth"
       WHERE industry = '*' AND "companySize" = '*' AND region = '*' AND "salesModel" = '*' ORDER BY 1`
  ).map((row) => row.month);

const label = (date: Date) => date.toISOString().slice(0, 7);

/** The closed months `monthsBack` that a roll-up stores: from the first completion's month on, empty ones too. */
async function expectedRolled(monthsBack: number[]) {
  const firsts = (await readRows()).flatMap((row) => (row.status === "COMPLETED" && row.completedAt ? [label(row.completedAt)] : [])).sort();
  return firsts.length ? monthsBack.map((n) => label(monthsAgo(n))).filter((month) => month >= firsts[0]!) : [];
}

describe("firstLiveMonth", () => {
  it("rolls a month up an hour after it closes", () => {
    expect(firstLiveMonth(new Date("2026-12-01T00:59:59Z"))).toBe("2026-11");
    expect(firstLiveMonth(new Date("2026-12-01T01:00:00Z"))).toBe("2026-12");
  });
});

describe("overview rollup of closed months", () => {
  beforeEach(async () => {
    await db().$executeRaw`TRUNCATE "Response" CASCADE`;
  });

  it("equals the live count and the brute force, through the events that change a closed month", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(responseArbitrary, { minLength: 40, maxLength: 120 }), fc.nat(), async (responses, pick) => {
        await store(responses);
        const now = monthsAgo(2, 15); // months 6 to 3 ago are rolled up, the last two read live
        expect(await rolledMonths()).toEqual([]);
        await readRollUpRead(now);
        // The months rolled up; after an erasure of the earliest completion, its month is no longer one of them.
        let closed = await expectedRolled([6, 5, 4, 3]);
        expect(await rolledMonths()).toEqual(closed);

        const rows = await readRows();
        const rolledCompleted = rows.filter((row) => row.status === "COMPLETED" && row.completedAt! < monthsAgo(2));
        const oldDrafts = rows.filter((row) => row.status === "DRAFT" && row.startedAt < monthsAgo(3));
        const nth = <T,>(list: T[], offset: number): T | undefined => list[(pick + offset) % Math.max(1, list.length)];
        // A write, the closed month it makes the rollup forget (or none), then the reads before and after counting
        // that month again.
        const forgets = async (write: () => Promise<unknown>, month: string | null) => {
          await write();
          expect(await rolledMonths()).toEqual(closed.filter((rolled) => rolled !== month));
          await readRollUpRead(now);
          closed = await expectedRolled([6, 5, 4, 3]);
          expect(await rolledMonths()).toEqual(closed);
        };

        // An admin erases a completed response of a closed month: that month is forgotten, and counted again.
        const erased = nth(rolledCompleted, 0);
        if (erased) await forgets(() => deleteResponse(erased.id), label(erased.completedAt!));
        // A draft started in a closed month is completed now, in the open month: nothing rolled up changes.
        const resumed = nth(oldDrafts, 1);
        const completion = { status: "COMPLETED" as const, industry: "software", companySize: "1-49", region: "europe", salesModel: "field" };
        if (resumed) {
          const completedAt = new Date(now.getTime() + 1_234);
          await forgets(() => db().response.update({ where: { id: resumed.id }, data: { ...completion, completedAt } }), null);
        }
        // Another is completed with a date in a closed month (a slow clock, an import): that month is forgotten.
        const late = oldDrafts.find((row) => row.id !== resumed?.id);
        if (late) {
          const completedAt = monthsAgo(3, 20);
          await forgets(() => db().response.update({ where: { id: late.id }, data: { ...completion, completedAt } }), label(completedAt));
        }
        // A completed response imported into a closed month; a completed response's peer key corrected.
        const imported = { instrumentVersion: instrument.version, ...completion, startedAt: monthsAgo(5, 3), completedAt: new Date(monthsAgo(5, 3).getTime() + 754_400) };
        await forgets(() => db().response.create({ data: imported }), label(monthsAgo(5)));
        const rekeyed = rolledCompleted.find((row) => row.id !== erased?.id);
        if (rekeyed) {
          // A real correction (the triggers pass over an update that changes nothing the overview counts).
          const data = { industry: rekeyed.industry === "retail-consumer" ? "software" : "retail-consumer", salesModel: "inside" };
          await forgets(() => db().response.update({ where: { id: rekeyed.id }, data }), label(rekeyed.completedAt!));
          // Bookkeeping the overview does not count (an idempotency key cleared) forgets nothing.
          await forgets(() => db().response.update({ where: { id: rekeyed.id }, data: { submitKey: null } }), null);
        }
        // A draft of a closed month moves on a step, another is erased: drafts are read live, nothing is forgotten.
        const drafts = oldDrafts.filter((row) => row.id !== resumed?.id && row.id !== late?.id);
        if (drafts[0]) await forgets(() => db().response.update({ where: { id: drafts[0]!.id }, data: { currentStep: { increment: 1 } } }), null);
        if (drafts[1]) await forgets(() => deleteResponse(drafts[1]!.id), null);

        // Time moves on: the two months read live so far are rolled up too.
        await readRollUpRead(monthsAgo(0, 2));
        expect(await rolledMonths()).toEqual(await expectedRolled([6, 5, 4, 3, 2, 1]));
      }),
      // A failure is reported as found: shrinking a property that writes a database takes longer than the timeout.
      { numRuns: 10, endOnFailure: true },
    );
  }, 300_000);

  it("rolls each month up once when several readers ask at the same time", async () => {
    const responses = fc.sample(fc.array(responseArbitrary, { minLength: 150, maxLength: 150 }), { numRuns: 1, seed: 42 })[0]!;
    await store(responses);
    const now = monthsAgo(0, 10);
    const expected = bruteForceOverview(await readRows(), THRESHOLD);
    const counted = await Promise.all(Array.from({ length: 4 }, () => rollUpOverviewMonths(now)));
    expect(counted.reduce((sum, n) => sum + n, 0)).toBe(6); // each month counted by one of them
    expect(await rolledMonths()).toEqual([6, 5, 4, 3, 2, 1].map((n) => label(monthsAgo(n))));
    const results = await Promise.all(Array.from({ length: 4 }, () => overviewStats({}, now)));
    for (const result of results) expect(result).toEqual(expected);
    const [stored] = await db().$queryRaw<{ rows: number }[]>`SELECT count(*)::int AS rows FROM "OverviewMonth"`;
    expect(stored!.rows).toBeGreaterThan(6);
  });

  it("forgets every month when the bulk loader (its triggers off) or a TRUNCATE writes responses", async () => {
    await store(fc.sample(fc.array(responseArbitrary, { minLength: 60, maxLength: 60 }), { numRuns: 1, seed: 7 })[0]!);
    await rollUpOverviewMonths(monthsAgo(0, 10));
    expect((await rolledMonths()).length).toBeGreaterThan(0);
    const loaded = demoResponses(seededRandom(3), 5, monthsAgo(1));
    await loadDemoData([{ responses: loaded }], { aggregates: "counted" });
    expect(await rolledMonths()).toEqual([]);
    await readRollUpRead(monthsAgo(0, 10));
    expect((await rolledMonths()).length).toBeGreaterThan(0);
    await db().$executeRaw`TRUNCATE "Response" CASCADE`;
    expect(await rolledMonths()).toEqual([]);
  });
});
