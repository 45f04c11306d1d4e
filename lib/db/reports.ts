import "server-only";
import { db } from "./client";
import { isWellFormedToken } from "./tokens";

export type StoredReport = { document: unknown; reportVersion: string; createdAt: Date };

/** The stored report for a private link; malformed tokens never reach the database. */
export async function findReport(token: string): Promise<StoredReport | null> {
  if (!isWellFormedToken(token)) return null;
  return db().report.findUnique({
    where: { token },
    select: { document: true, reportVersion: true, createdAt: true },
  });
}
