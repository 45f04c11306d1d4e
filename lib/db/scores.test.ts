// Re-scoring a batch of stored responses (rescoreBatch, what lib/responses/rescore.ts runs): the row carries the
// scoring version and the response's peer keys, and the aggregate moves with it; a score written in a transaction is
// seen there, and a rollback undoes score and counts.
import { describe, expect, it } from "vitest";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { demoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { SCORING_VERSION, scoreResponse } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, readHistogramCells } from "@/tests/support/peer-population";
import { db } from "./client";
import { peerSnapshot } from "@/lib/responses/peer-comparison";
import { scoreNow } from "@/lib/responses/rescore";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import { rescoreBatch } from "./scores";

withMigratedDatabase();

const random = seededRandom(99);

async function createCompleted(change: (answers: Record<string, unknown>) => void = () => {}) {
  const answers = { ...demoResponse(random, new Date("2026-11-01")).answers };
  change(answers);
  const { id } = await db().response.create({
    data: { status: "COMPLETED", instrumentVersion: instrument.version, answers, completedAt: new Date(), ...responseColumns(answers) },
    select: { id: true },
  });
  return { id, answers };
}

const aggregateTotal = async () =>
  (await readHistogramCells())
    .filter((cell) => cell.metric === "overall" && cell.industry === "*" && cell.companySize === "*")
    .reduce((sum, cell) => sum + cell.count, 0);

/** Re-scores every completed response, as one batch. */
const rescoreEverything = () => rescoreBatch(undefined, 10_000, scoreNow);

describe("rescoreBatch", () => {
  it("stores the scores of the stored answers with the scoring version and peer keys", async () => {
    const { id, answers } = await createCompleted();
    await rescoreEverything();
    const result = scoreResponse(answers, instrument);
    const stored = await db().score.findUniqueOrThrow({ where: { responseId: id } });
    expect(stored).toMatchObject({
      scoringVersion: SCORING_VERSION,
      overall: result.overall,
      valueIndex: result.indices.value.score,
      personalIndex: result.indices.personal.score,
      companyCategory: result.companyCategory?.id ?? null,
      sectionScores: Object.fromEntries(result.sectionScores.map((section) => [section.sectionId, section.score])),
      industry: answers[PART_A_IDS.industry],
      companySize: answers[PART_A_IDS.companySize],
    });
    const { stored: counts, expected } = await compareAggregateWithScores();
    expect(counts).toEqual(expected);
  });

  it("replaces the score when called again, counting the response once", async () => {
    const { id } = await createCompleted();
    await rescoreEverything();
    const before = await aggregateTotal();
    await db().response.update({ where: { id }, data: { answers: {}, industry: "telecoms" } });
    expect((await rescoreEverything())?.changed).toBe(1);
    const replaced = await db().score.findUniqueOrThrow({ where: { responseId: id } });
    expect(replaced).toMatchObject({ overall: null, industry: "telecoms" });
    expect(Object.values(replaced.sectionScores as object)).toEqual(Array(12).fill(null));
    expect(await aggregateTotal()).toBe(before);
    const { stored: counts, expected } = await compareAggregateWithScores();
    expect(counts).toEqual(expected);
  });

  it("is seen by a peer snapshot in the same transaction when written in one, and a rollback undoes score and counts", async () => {
    const { id, answers } = await createCompleted();
    const before = await aggregateTotal();
    const rolledBack = new Error("roll back");
    await expect(
      db().$transaction(async (tx) => {
        const { result, columns } = scoreRow(answers, responseColumns(answers));
        await tx.score.create({ data: { responseId: id, ...columns }, select: { id: true } });
        const snapshot = await peerSnapshot(id, { client: tx, minPeers: 1 });
        expect(snapshot?.scoringVersion).toBe(SCORING_VERSION);
        expect(snapshot?.group.size).toBe(before);
        expect(snapshot?.overall?.peers ?? 0).toBeLessThanOrEqual(before);
        expect(result.scoringVersion).toBe(SCORING_VERSION);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await db().score.count({ where: { responseId: id } })).toBe(0);
    expect(await aggregateTotal()).toBe(before);
  });

  it("takes a deleted response out of the counts", async () => {
    const { id } = await createCompleted();
    await rescoreEverything();
    const before = await aggregateTotal();
    await db().response.delete({ where: { id } });
    expect(await aggregateTotal()).toBe(before - 1);
    const { stored: counts, expected } = await compareAggregateWithScores();
    expect(counts).toEqual(expected);
  });
});
