/**
 * Storing a stored response's scores again (re-scoring, repairs, tests; the submit path writes its Score row with the
 * response and report in one statement, lib/db/completed-write.ts):
 *
 *   storeScore(tx: DbTransaction, responseId: string): Promise<ScoreResult>
 *
 * It scores the answers stored on the response (so the score can never disagree with them) with the current
 * scoring version, and writes or replaces the Score row with the participant's own sales figures and the response's
 * industry and company size as peer keys (a trigger copies its region and sales model). Triggers on "Score" update the ScoreCount aggregate inside the same transaction, so a rollback undoes
 * both. A Score row exists only for a COMPLETED response: drafts never count in any peer group.
 */
import "server-only";
import type { ScoreResult } from "@/lib/scoring";
import type { Prisma } from "./generated/client";
import { scoreRow } from "./score-columns";

/** The `tx` of `db().$transaction(async (tx) => …)`; the client itself works too (one statement, no transaction). */
export type DbTransaction = Prisma.TransactionClient;

export class ResponseNotCompletedError extends Error {
  constructor(readonly responseId: string) {
    super(`Response ${responseId} is not a completed response, so it cannot be scored`);
    this.name = "ResponseNotCompletedError";
  }
}

export async function storeScore(tx: DbTransaction, responseId: string): Promise<ScoreResult> {
  const response = await tx.response.findUnique({
    where: { id: responseId },
    select: { status: true, answers: true, industry: true, companySize: true },
  });
  if (response?.status !== "COMPLETED") throw new ResponseNotCompletedError(responseId);
  const { result, columns } = scoreRow(response.answers, response);
  await tx.score.upsert({
    where: { responseId },
    create: { responseId, ...columns },
    update: { ...columns, computedAt: new Date() },
    select: { id: true },
  });
  return result;
}
