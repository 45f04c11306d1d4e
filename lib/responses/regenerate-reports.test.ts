// Regenerating reports: every stored document is rebuilt from its answers, tokens stay, and only real changes count.
import { beforeAll, describe, expect, it } from "vitest";
import { REPORT_VERSION } from "@/lib/report/document";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { regenerateReports } from "./regenerate-reports";
import { createMissingReports } from "./create-missing-reports";

withMigratedDatabase();

beforeAll(async () => {
  await seedPeerPopulation(60, 31);
  await createMissingReports();
}, 120_000);

describe("regenerateReports", () => {
  it("rebuilds tampered documents in place, keeping tokens, and counts only what changed", async () => {
    const before = await db().report.findMany({ orderBy: { id: "asc" }, select: { id: true, tokenHash: true, document: true } });
    expect(before.length).toBeGreaterThan(10);
    const [stale, old] = before;
    await db().report.update({ where: { id: stale!.id }, data: { document: { kind: "report", stale: true } } });
    await db().report.update({ where: { id: old!.id }, data: { reportVersion: "2000.1" } });

    const progress: number[] = [];
    const summary = await regenerateReports({ batchSize: 7, onBatch: ({ regenerated }) => void progress.push(regenerated) });

    expect(summary).toEqual({ regenerated: before.length, changed: 2, total: before.length });
    expect(progress[0]).toBe(7);
    expect(progress.at(-1)).toBe(before.length);
    const after = await db().report.findMany({ orderBy: { id: "asc" }, select: { id: true, tokenHash: true, document: true, reportVersion: true } });
    expect(after.map((report) => report.tokenHash)).toEqual(before.map((report) => report.tokenHash));
    expect(after[0]!.document).toEqual(before[0]!.document);
    expect(after.every((report) => report.reportVersion === REPORT_VERSION)).toBe(true);

    expect((await regenerateReports()).changed).toBe(0);
  });

  it("reflects a change of the stored answers in the rebuilt document", async () => {
    const report = await db().report.findFirstOrThrow({ select: { id: true, responseId: true, document: true } });
    const response = await db().response.findUniqueOrThrow({ where: { id: report.responseId }, select: { answers: true } });
    const answers = response.answers as Record<string, unknown>;
    await db().response.update({
      where: { id: report.responseId },
      data: { answers: { ...answers, "a.profile.industry": answers["a.profile.industry"] === "telecoms" ? "software" : "telecoms" } },
    });
    const summary = await regenerateReports();
    expect(summary.changed).toBeGreaterThanOrEqual(1);
    const rebuilt = await db().report.findUniqueOrThrow({ where: { id: report.id }, select: { document: true } });
    expect(rebuilt.document).not.toEqual(report.document);
  });
});
