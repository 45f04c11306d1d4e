// The demo seed stores scored responses: every seeded response has the score (indices and section scores) the
// engine gives its answers, and the peer aggregate counts each of them.
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { demoResponses } from "./demo-responses";
import { seededRandom } from "./random";
import { SCORING_VERSION, scoreResponse } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, readHistogramCells } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { countResponses, insertDemoResponses, loadDemoData } from "./demo-loader";
import { demoBatches } from "./demo-batches";

withMigratedDatabase();

describe("insertDemoResponses", () => {
  it("stores completed responses with their scores and counts them for peer groups", async () => {
    const generated = demoResponses(seededRandom(20_260_101), 300, new Date("2026-11-01"));
    expect(await insertDemoResponses(generated, 128)).toBe(300);
    expect(await countResponses()).toBe(300);

    const stored = await db().response.findMany({
      select: {
        status: true,
        answers: true,
        score: { select: { scoringVersion: true, overall: true, winRateIndex: true, sectionScores: true } },
      },
    });
    for (const response of stored) {
      const result = scoreResponse(response.answers as Record<string, unknown>, instrument);
      expect(response.status).toBe("COMPLETED");
      expect(response.score).toEqual({
        scoringVersion: SCORING_VERSION,
        overall: result.overall,
        winRateIndex: result.indices.winRate.score,
        sectionScores: Object.fromEntries(result.sectionScores.map((section) => [section.sectionId, section.score])),
      });
    }
    const everyoneCount = async (metric: string) =>
      (await readHistogramCells())
        .filter((cell) => cell.scoringVersion === SCORING_VERSION && cell.metric === metric && cell.industry === "*" && cell.companySize === "*")
        .reduce((sum, cell) => sum + cell.count, 0);
    expect(await everyoneCount("overall")).toBe(300);
    expect(await everyoneCount("section:c.alignment")).toBe(300);
    const { stored: counts, expected } = await compareAggregateWithScores();
    expect(counts).toEqual(expected);
  });

  it("links retakes as the retake flow does: one participant id per chain, each retake pointing at the one before", async () => {
    await db().$executeRaw`TRUNCATE "Response" CASCADE`;
    const plan = demoBatches({ count: 2000, seed: 77, now: new Date("2026-11-01T00:00:00Z"), batchSize: 400 });
    expect((await loadDemoData(plan, { aggregates: "counted" })).responses).toBe(2000);
    const rows = await db().response.findMany({ select: { id: true, participantId: true, previousResponseId: true, completedAt: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const retakes = rows.filter((row) => row.previousResponseId !== null);
    expect(retakes.length).toBeGreaterThan(20);
    for (const retake of retakes) {
      const previous = byId.get(retake.previousResponseId!)!;
      expect(retake.participantId).toBe(previous.participantId);
      expect(retake.completedAt!.getTime()).toBeGreaterThan(previous.completedAt!.getTime());
    }
    // Each chain starts at a response that carries its own id; responses never retaken carry none.
    const starts = rows.filter((row) => row.participantId !== null && row.previousResponseId === null);
    expect(starts.every((row) => row.participantId === row.id)).toBe(true);
    expect(new Set(retakes.map((row) => row.participantId))).toEqual(new Set(starts.map((row) => row.id)));
  }, 120_000);
});
