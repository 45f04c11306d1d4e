import "server-only";
import { db } from "./client";

/** How many failures each key has had since `since` (keys without failures are 0). */
export async function countLoginFailures(keys: string[], since: Date): Promise<Map<string, number>> {
  const rows = await db().adminLoginFailure.groupBy({
    by: ["key"],
    where: { key: { in: keys }, failedAt: { gt: since } },
    _count: { _all: true },
  });
  return new Map(keys.map((key) => [key, rows.find((row) => row.key === key)?._count._all ?? 0]));
}

/** Records a failed attempt under each key, and forgets failures older than the window. */
export async function recordLoginFailure(keys: string[], now: Date, windowStart: Date): Promise<void> {
  await db().$transaction([
    db().adminLoginFailure.deleteMany({ where: { failedAt: { lte: windowStart } } }),
    db().adminLoginFailure.createMany({ data: keys.map((key) => ({ key, failedAt: now })) }),
  ]);
}

/** A successful sign-in clears the failures counted against that email (not those of the address). */
export async function clearLoginFailures(key: string): Promise<void> {
  await db().adminLoginFailure.deleteMany({ where: { key } });
}
