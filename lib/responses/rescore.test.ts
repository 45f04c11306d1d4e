// Re-scoring: every completed response ends with a current-version score of its current answers, scores of
// responses that are not completed go, and the aggregate equals a recount of the Score table throughout.
import { beforeAll, describe, expect, it } from "vitest";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { SCORING_VERSION, scoreResponse } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, readHistogramCells, seedPeerPopulation } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { rebuildScoreHistograms } from "@/lib/db/scores";
import { rebuildFindings } from "@/lib/db/findings";
import { rescoreAll } from "./rescore";

withMigratedDatabase();

let completed = 0;

beforeAll(async () => {
  completed = await seedPeerPopulation(150, 777);
});

const expectAggregateConsistent = async () => {
  const { stored, expected } = await compareAggregateWithScores();
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(expected);
};

describe("rescoreAll", () => {
  it("keeps the aggregate equal to a recount of the scores after the seed", expectAggregateConsistent);

  it("re-scores changed answers, moves peer keys, and removes scores of responses that are not completed", async () => {
    const responses = await db().response.findMany({ orderBy: { id: "asc" }, take: 6, select: { id: true, answers: true } });
    const [raised, emptied, moved, reopened] = responses;
    // Every company and personal answer at its best option.
    const best = Object.fromEntries(
      instrument.sections
        .filter((section) => section.part === "C" || section.part === "D")
        .flatMap((section) => section.questions)
        .flatMap((question) => (question.kind === "choice" ? [[question.id, question.options.at(-1)!.value]] : [])),
    );
    await db().response.update({
      where: { id: raised!.id },
      data: { answers: { ...(raised!.answers as object), ...best } },
    });
    await db().response.update({ where: { id: emptied!.id }, data: { answers: {} } });
    await db().response.update({ where: { id: moved!.id }, data: { industry: "telecoms", companySize: "1-49" } });
    await db().response.update({ where: { id: reopened!.id }, data: { status: "DRAFT" } });
    // Pretend the stored scores came from an older methodology, one that had no section scores.
    await db().score.updateMany({ data: { scoringVersion: "2025.9", sectionScores: {} } });
    await expectAggregateConsistent();

    const progress: number[] = [];
    const summary = await rescoreAll({ batchSize: 37, onBatch: ({ scored }) => progress.push(scored) });

    expect(summary).toEqual({
      scoringVersion: SCORING_VERSION,
      scored: completed - 1,
      batches: Math.ceil((completed - 1) / 37),
      removed: 1,
      // Every stored score had the old version, so every one changed.
      changed: completed - 1,
    });
    expect(progress.at(-1)).toBe(completed - 1);
    expect(await db().score.count({ where: { scoringVersion: { not: SCORING_VERSION } } })).toBe(0);
    expect(await db().score.count({ where: { responseId: reopened!.id } })).toBe(0);
    const raisedScore = await db().score.findUniqueOrThrow({ where: { responseId: raised!.id } });
    expect(raisedScore).toMatchObject({ overall: 100, personalIndex: 100, companyCategory: "world-class" });
    expect(Object.values(raisedScore.sectionScores as object)).toEqual(Array(12).fill(100));
    const emptiedScore = await db().score.findUniqueOrThrow({ where: { responseId: emptied!.id } });
    expect(emptiedScore).toMatchObject({ overall: null, personalIndex: null });
    expect(Object.values(emptiedScore.sectionScores as object)).toEqual(Array(12).fill(null));
    expect(await db().score.findUniqueOrThrow({ where: { responseId: moved!.id } })).toMatchObject({
      industry: "telecoms",
      companySize: "1-49",
    });
    // The recount dropped the old version's rows, not just zeroed them.
    expect(await db().scoreHistogram.count({ where: { scoringVersion: "2025.9" } })).toBe(0);
    const cells = await readHistogramCells();
    expect(cells.filter((cell) => cell.scoringVersion === SCORING_VERSION && cell.metric.startsWith("section:")).length).toBeGreaterThan(0);
    await expectAggregateConsistent();
    // The Findings counted every change in: nothing left dirty, and their tallies equal a recount.
    expect(await db().findingDirty.count()).toBe(0);
    const findingTallies = () => db().$queryRaw<unknown[]>`SELECT * FROM "FindingTally" WHERE 0 <> ANY(counts) ORDER BY 1, 2, 3`;
    const folded = await findingTallies();
    await rebuildFindings();
    expect(await findingTallies()).toEqual(folded);
    // Nothing changed since: a second run counts no changes.
    expect((await rescoreAll({ batchSize: 50 })).changed).toBe(0);
  }, 180_000); // a re-score, two recounts and a rebuild: minutes on a busy 2-core machine

  it("stores exactly what the scoring engine computes from each response's answers", async () => {
    const rows = await db().response.findMany({
      where: { status: "COMPLETED" },
      select: {
        answers: true,
        industry: true,
        score: { select: { overall: true, numberIndex: true, personalIndex: true, sectionScores: true, industry: true } },
      },
    });
    for (const row of rows) {
      const result = scoreResponse(row.answers as Record<string, unknown>, instrument);
      expect(row.score).toEqual({
        overall: result.overall,
        numberIndex: result.indices.number.score,
        personalIndex: result.indices.personal.score,
        sectionScores: Object.fromEntries(result.sectionScores.map((section) => [section.sectionId, section.score])),
        industry: row.industry,
      });
    }
    expect(rows.some((row) => (row.answers as Record<string, unknown>)[PART_A_IDS.industry] === undefined)).toBe(true);
  });

  it("repairs an aggregate someone emptied", async () => {
    await db().$executeRaw`TRUNCATE "ScoreHistogram"`;
    await rebuildScoreHistograms();
    await expectAggregateConsistent();
  });

  it("refuses a batch size that is not a positive whole number", async () => {
    await expect(rescoreAll({ batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
