// `npm run seed` end to end on a fresh migrated database: N completed responses with N scores and N reports, the
// drafts asked for, and aggregates equal to a brute-force recount; the first-run seed only seeds an empty database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores } from "@/tests/support/peer-population";
import { answerTallyCells, rebuiltAnswerTallyCells } from "@/tests/support/answer-tallies";
import { seedDemoData, seedIfEmpty } from "./seed";

withMigratedDatabase();

describe("seedDemoData", () => {
  it("stores N scored responses with reports and the drafts, with aggregates equal to a recount", async () => {
    const done = await seedDemoData({ count: 240, drafts: 30, seed: 11, reports: Infinity, now: new Date("2026-11-01T00:00:00Z") });
    expect(done).toMatchObject({ responses: 240, drafts: 30, reports: 240, aggregates: "triggers" });
    expect(await db().response.count({ where: { status: "COMPLETED" } })).toBe(240);
    expect(await db().response.count({ where: { status: "DRAFT" } })).toBe(30);
    expect(await db().score.count()).toBe(240);
    expect(await db().report.count()).toBe(240);
    const { stored, expected } = await compareAggregateWithScores();
    expect(stored).toEqual(expected);
    const before = await answerTallyCells();
    expect(await rebuiltAnswerTallyCells()).toEqual(before);
  }, 120_000);

  it("seeds the first-run demo only into an empty database", async () => {
    expect(await seedIfEmpty()).toBeNull();
    expect(await db().response.count({ where: { status: "COMPLETED" } })).toBe(240);
  });
});
