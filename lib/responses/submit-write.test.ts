// The short write path (lib/responses/submit.ts + lib/db/completed-write.ts) stores exactly what the slower Prisma path stored:
// the report's peer figures taken before the write equal a snapshot taken after it, the Score row equals a fresh
// scoring of the stored answers (peer keys included), the aggregates equal a recount, and every row carries the
// submission's time.
import { beforeAll, describe, expect, it } from "vitest";
import { PART_A_IDS, ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { demoResponses } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { compareAggregateWithScores, seedPeerPopulation } from "@/tests/support/peer-population";
import { answerTallyCells, rebuiltAnswerTallyCells } from "@/tests/support/answer-tallies";
import type { ReportDocument } from "@/lib/report/document";
import { peerNumbersReport } from "@/lib/report/peer-numbers";
import { analyseSales, salesNumbers } from "@/lib/scoring";
import { submitResponse } from "./api-submission";
import { db } from "@/lib/db/client";
import { peerSnapshot, peerSnapshotBeforeStoring } from "./peer-comparison";
import { responseColumns } from "./response-columns";
import { scoreRow } from "./score-row";
import { ownScore } from "./report-for";
import { storeCompletedResponse } from "./submit";

process.env.PEER_GROUP_MIN_SIZE = "12";

withMigratedDatabase();

beforeAll(async () => {
  await seedPeerPopulation();
});

const NOW = new Date("2026-11-20T09:30:00.000Z");
const generated = demoResponses(seededRandom(77), 24, NOW).map((response) => ResponseAnswersSchema.parse(response.answers));

async function storedRows(responseId: string) {
  return db().response.findUniqueOrThrow({
    where: { id: responseId },
    select: {
      status: true,
      answers: true,
      region: true,
      salesModel: true,
      industry: true,
      startedAt: true,
      completedAt: true,
      updatedAt: true,
      score: true,
      report: { select: { document: true, createdAt: true, scoringVersion: true } },
    },
  });
}

describe("the completed-response write", () => {
  it("gives each report the peer snapshot the stored response has afterwards, in every peer group", async () => {
    const levels = new Set<string>();
    for (const [i, answers] of generated.entries()) {
      // Every few responses, one in the big software cluster and one with no industry (other fallback levels).
      const clean: Answers =
        i % 3 === 0
          ? { ...answers, [PART_A_IDS.industry]: "software", [PART_A_IDS.companySize]: "250-999" }
          : i % 3 === 1
            ? answers
            : Object.fromEntries(Object.entries(answers).filter(([id]) => id !== PART_A_IDS.industry));
      const stored = await storeCompletedResponse({ answers: clean, now: NOW });
      expect(stored).not.toBeNull();
      const after = await peerSnapshot(stored!.responseId);
      const document = stored!.document;
      levels.add(after!.group.level);
      expect(document.peerGroup).toEqual({ label: after!.group.label, size: after!.group.size, meetsMinimum: after!.group.meetsMinimum });
      expect(document.summary.overall.relative).toEqual(after!.overall);
      expect(document.summary.personal.relative).toEqual(after!.personal);
      expect(document.summary.overall.peerMedian).toBe(after!.medians.overall);
      expect(document.executive.peerNumbers).toEqual(peerNumbersReport(analyseSales(salesNumbers(clean)), after));
      const stored2 = await storedRows(stored!.responseId);
      expect(stored2.report!.document as ReportDocument).toEqual(document);
    }
    expect(levels.size).toBeGreaterThanOrEqual(2);
  });

  it("takes a snapshot before the write that equals the stored response's snapshot, hard numbers included", async () => {
    let compared = 0;
    for (const [i, answers] of generated.entries()) {
      const clean: Answers = i % 2 === 0 ? { ...answers, [PART_A_IDS.industry]: "software", [PART_A_IDS.companySize]: "250-999" } : answers;
      const { columns } = scoreRow(clean, responseColumns(clean));
      const before = await peerSnapshotBeforeStoring(ownScore(columns));
      const stored = await storeCompletedResponse({ answers: clean, now: NOW });
      expect(await peerSnapshot(stored!.responseId)).toEqual(before);
      compared += Object.values(before.hardNumbers ?? {}).filter((figures) => figures?.percentile != null).length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("stores the score a fresh scoring of the stored answers gives, with the response's peer keys and the submission's time", async () => {
    const outcome = await submitResponse({ answers: generated[5]!, now: NOW });
    if (outcome.status !== "created") throw new Error(outcome.status);
    const row = await storedRows(outcome.submission.responseId);
    const { columns } = scoreRow(row.answers, { industry: row.industry, companySize: row.score!.companySize });
    expect(row.status).toBe("COMPLETED");
    expect(row.answers).toEqual(generated[5]);
    expect(row.region).not.toBeNull();
    expect(row.score).toMatchObject({ ...columns, region: row.region, salesModel: row.salesModel, computedAt: NOW });
    expect([row.startedAt, row.completedAt, row.updatedAt, row.report!.createdAt]).toEqual([NOW, NOW, NOW, NOW]);
    expect(row.report!.scoringVersion).toBe(columns.scoringVersion);
  });

  it("stores submissions that arrive together in groups, each once, and a key sent twice among them once", async () => {
    const before = await db().response.count();
    const batch = demoResponses(seededRandom(78), 40, NOW).map((response) => ResponseAnswersSchema.parse(response.answers));
    const outcomes = await Promise.all([
      ...batch.map((answers, i) => submitResponse({ answers, now: NOW, idempotencyKey: `group-${i}` })),
      submitResponse({ answers: batch[7]!, now: NOW, idempotencyKey: "group-7" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "created")).toHaveLength(40);
    expect(outcomes.filter((outcome) => outcome.status === "replayed")).toHaveLength(1);
    expect(await db().response.count()).toBe(before + 40);
    for (const outcome of outcomes) {
      if (!("submission" in outcome)) throw new Error(outcome.status);
      const row = await storedRows(outcome.submission.responseId);
      expect(row.answers).toEqual(outcome.submission.answers);
      expect(row.score?.overall).toBe(outcome.submission.scores.overall);
    }
  });

  it("leaves the ScoreHistogram aggregate equal to a recount of the stored scores", async () => {
    const { stored, expected } = await compareAggregateWithScores();
    expect(stored).toEqual(expected);
  });

  it("leaves the AnswerTally aggregate equal to a recount of the stored answers", async () => {
    const maintained = await answerTallyCells();
    expect(maintained.length).toBeGreaterThan(100);
    expect(await rebuiltAnswerTallyCells()).toEqual(maintained);
  });
});
