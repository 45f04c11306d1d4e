// Bulk loads add exactly what the triggers would: "ScoreHistogram", "AnswerTally" and the Findings' entries and
// tallies after a load with the triggers off and the counts made by the loader equal the same load with the triggers
// on (the Findings' dirty marks folded in), and both equal a brute-force or the database's own recount of the stored
// rows (including responses without an industry or a size, and leaving out those kept out of the benchmark pool).
import { describe, expect, it } from "vitest";
import { PART_A_IDS } from "@/lib/instrument";
import { demoBatches } from "./demo-batches";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores } from "@/tests/support/peer-population";
import { answerTallyCells, recountAnswerTallyCells } from "@/tests/support/answer-tallies";
import { db } from "@/lib/db/client";
import { foldFindings, rebuildFindings } from "@/lib/db/findings";
import { loadDemoData, type AggregateMode } from "./demo-loader";

withMigratedDatabase();

const NOW = new Date("2026-11-01T12:00:00Z");

async function snapshot() {
  const [scoreHistograms, answerTallies, findingTallies, findingEntries] = await Promise.all([
    db().$queryRaw<unknown[]>`SELECT * FROM "ScoreHistogram" ORDER BY 1, 2, 3`,
    db().$queryRaw<unknown[]>`SELECT * FROM "AnswerTally" WHERE 0 <> ANY(counts) ORDER BY 1, 2, 3, 4`,
    db().$queryRaw<unknown[]>`SELECT * FROM "FindingTally" WHERE 0 <> ANY(counts) ORDER BY 1, 2, 3`,
    // Without the response ids, which differ from load to load.
    db().$queryRaw<unknown[]>`
      SELECT (industry, "companySize", region, "salesModel", overall, "unitWinRateBin", "cycleDaysBin", "quotaAttainmentBin", answers)::text AS entry
        FROM "FindingEntry" ORDER BY 1`,
  ]);
  return { scoreHistograms, answerTallies, findingTallies, findingEntries };
}

/** A batch stream whose responses sometimes lack an industry or a size, as real ones may. */
function* plan(seed: number) {
  for (const batch of demoBatches({ count: 700, drafts: 90, seed, now: NOW, batchSize: 250 })) {
    yield {
      responses: [...batch.responses].map((response, i) => {
        const answers = { ...response.answers };
        if (i % 17 === 0) delete answers[PART_A_IDS.industry];
        if (i % 23 === 0) delete answers[PART_A_IDS.companySize];
        return { ...response, answers };
      }),
      drafts: batch.drafts,
    };
  }
}

async function loadTwiceWith(aggregates: AggregateMode) {
  await db().$executeRaw`TRUNCATE "Response", "Score", "ScoreHistogram", "AnswerTally" CASCADE`;
  // Two loads: the second adds to counts the first left.
  await loadDemoData(plan(1), { aggregates });
  await loadDemoData(plan(2), { aggregates });
  if (aggregates === "triggers") await foldFindings();
  return snapshot();
}

describe("loadDemoData aggregates", () => {
  it("counted by the loader equal the triggers' counts and a brute-force recount", async () => {
    const counted = await loadTwiceWith("counted");
    expect(await db().response.count({ where: { status: "COMPLETED" } })).toBe(1400);
    expect(await db().response.count({ where: { status: "DRAFT" } })).toBe(180);
    expect(await db().score.count()).toBe(1400);
    const { stored, expected } = await compareAggregateWithScores();
    expect(stored).toEqual(expected);
    expect(await answerTallyCells()).toEqual(await recountAnswerTallyCells());
    // The database's own recount, as the migrations define it.
    await db().$executeRaw`SELECT "rebuildAnswerTally"()`;
    await db().$executeRaw`SELECT "rebuildScoreHistogram"()`;
    await rebuildFindings();
    expect(await snapshot()).toEqual(counted);
    expect((counted.findingTallies as unknown[]).length).toBeGreaterThan(1000);
    // One entry per response in the benchmark pool: the few the demo keeps out have none.
    const pooled = await db().response.count({ where: { status: "COMPLETED", inPool: true } });
    expect(pooled).toBeLessThan(1400);
    expect(counted.findingEntries).toHaveLength(pooled);

    const triggered = await loadTwiceWith("triggers");
    expect(triggered).toEqual(counted);
  }, 300_000);

  it("leaves the triggers on afterwards, and nothing behind when a load fails", async () => {
    await db().$executeRaw`TRUNCATE "Response", "Score", "ScoreHistogram", "AnswerTally" CASCADE`;
    function* failing() {
      yield* plan(3);
      throw new Error("generator broke");
    }
    await expect(loadDemoData(failing(), { aggregates: "counted" })).rejects.toThrow("generator broke");
    expect(await db().response.count()).toBe(0);
    expect(await db().scoreHistogram.count()).toBe(0);
    expect(await db().answerTally.count()).toBe(0);
    const disabled = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`;
    expect(disabled[0]!.n).toBe(0);
  }, 60_000);
});
