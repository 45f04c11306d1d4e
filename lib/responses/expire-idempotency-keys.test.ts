// Idempotency keys are forgotten after their retention: a retry within it replays, the same key after it stores a new
// response; forgetting a key touches no aggregate (AnswerTally, the overview's closed months).
import { describe, expect, it } from "vitest";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { ResponseAnswersSchema } from "@/lib/instrument";
import { db } from "@/lib/db/client";
import { rollUpOverviewMonths } from "@/lib/db/admin-stats/overview-months";
import { submitResponse } from "./api-submission";
import { expireIdempotencyKeys } from "./expire-idempotency-keys";

withMigratedDatabase();

const answers = ResponseAnswersSchema.parse(buildAnswers("middle"));
const now = new Date();
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

async function submitted(key: string, at: Date) {
  const outcome = await submitResponse({ answers, idempotencyKey: key, now: at });
  if (outcome.status !== "created") throw new Error(outcome.status);
  return outcome.submission.responseId;
}

const keyOf = async (id: string) => (await db().response.findUniqueOrThrow({ where: { id }, select: { submitKey: true } })).submitKey;
const aggregates = async () => ({
  tallies: await db().$queryRaw`SELECT industry, "companySize", region, "salesModel", counts FROM "AnswerTally" ORDER BY 1, 2, 3, 4`,
  months: await db().$queryRaw`SELECT "month", industry, "companySize", region, "salesModel" FROM "OverviewMonth" ORDER BY 1, 2, 3, 4, 5`,
});

describe("expireIdempotencyKeys", () => {
  it("forgets keys of responses stored before the retention, a batch at a time, and keeps newer ones", async () => {
    const old = await Promise.all(Array.from({ length: 3 }, (_, i) => submitted(`old-${i}`, hoursAgo(25 + i))));
    const fresh = await submitted("fresh", hoursAgo(23));
    expect(await expireIdempotencyKeys(now, 24)).toBe(3);
    for (const id of old) expect(await keyOf(id)).toBeNull();
    expect(await keyOf(fresh)).toMatch(/^api:/);
    expect(await expireIdempotencyKeys(now, 24)).toBe(0);

    // Within the retention the key replays; after it the same key is a new submission.
    expect((await submitResponse({ answers, idempotencyKey: "fresh" })).status).toBe("replayed");
    const again = await submitResponse({ answers, idempotencyKey: "old-0" });
    expect(again.status).toBe("created");
    if (again.status !== "created") return;
    expect(old).not.toContain(again.submission.responseId);
  });

  it("changes no aggregate: the answer tallies and the rolled-up months stay as they were", async () => {
    // A response of a closed month, rolled up by the overview, whose key then expires.
    const id = await submitted("closed-month", hoursAgo(24 * 70));
    expect(await rollUpOverviewMonths(now)).toBeGreaterThan(0);
    const before = await aggregates();
    expect((before.months as unknown[]).length).toBeGreaterThan(0);
    expect(await expireIdempotencyKeys(now, 24)).toBeGreaterThan(0);
    expect(await keyOf(id)).toBeNull();
    expect(await aggregates()).toEqual(before);

    // A change the overview does count still forgets the month, and one the tallies count still moves them.
    await db().$executeRaw`UPDATE "Response" SET industry = CASE WHEN industry = 'software' THEN 'retail-consumer' ELSE 'software' END WHERE id = ${id}::uuid`;
    const after = await aggregates();
    expect(after.months).not.toEqual(before.months);
    expect(after.tallies).not.toEqual(before.tallies);
  });
});
