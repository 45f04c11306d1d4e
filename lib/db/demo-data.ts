import "server-only";
import { randomUUID } from "node:crypto";
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import type { DemoResponse } from "@/lib/demo/demo-responses";
import { db } from "./client";
import { responseColumns } from "./response-columns";
import { scoreRow } from "./score-columns";

export async function countResponses(): Promise<number> {
  return db().response.count();
}

/**
 * Stores generated responses as completed ones with their scores (sales figures included), in batches: one
 * transaction of two bulk inserts per batch, and the ScoreCount and AnswerCount triggers fire once per batch.
 */
export async function insertDemoResponses(responses: DemoResponse[], batchSize = 1000): Promise<number> {
  for (let start = 0; start < responses.length; start += batchSize) {
    const rows = responses.slice(start, start + batchSize).map((response) => ({
      id: randomUUID(),
      status: "COMPLETED" as const,
      instrumentVersion: INSTRUMENT_VERSION,
      answers: response.answers,
      currentStep: 0,
      startedAt: response.startedAt,
      completedAt: response.completedAt,
      ...responseColumns(response.answers),
    }));
    const scores = rows.map((row) => ({ responseId: row.id, ...scoreRow(row.answers, row).columns }));
    await db().$transaction([db().response.createMany({ data: rows }), db().score.createMany({ data: scores })]);
  }
  return responses.length;
}
