import "server-only";
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import type { DemoResponse } from "@/lib/demo/demo-responses";
import { db } from "./client";
import { responseColumns } from "./response-columns";

export async function countResponses(): Promise<number> {
  return db().response.count();
}

/** Stores generated responses as completed ones, in batches (one transaction per batch). */
export async function insertDemoResponses(responses: DemoResponse[], batchSize = 1000): Promise<number> {
  for (let start = 0; start < responses.length; start += batchSize) {
    await db().response.createMany({
      data: responses.slice(start, start + batchSize).map((response) => ({
        status: "COMPLETED" as const,
        instrumentVersion: INSTRUMENT_VERSION,
        answers: response.answers,
        currentStep: 0,
        startedAt: response.startedAt,
        completedAt: response.completedAt,
        ...responseColumns(response.answers),
      })),
    });
  }
  return responses.length;
}
