// Report PDFs are rendered once per stored document and paper by a worker job, and served from storage: asking for
// one that is not ready queues one render however often it is asked; a regenerated report gets a new PDF and is
// never served the old one; a submission queues no PDF (the first download does).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { giveReportsKnownLinks } from "@/tests/support/report-links";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { db } from "@/lib/db/client";
import { hashToken } from "@/lib/db/tokens";
import { renderReportPdfHandler } from "@/lib/jobs/handlers/render-report-pdf";
import { RENDER_REPORT_PDF } from "@/lib/jobs/kinds";
import { createMissingReports } from "./create-missing-reports";
import { regenerateReports } from "./regenerate-reports";
import { reportPdfFor } from "./report-pdf";
import { storeCompletedResponse } from "./submit";

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/components/report/pdf/render-report-pdf", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/components/report/pdf/render-report-pdf")>();
  return {
    renderReportPdf: (...args: Parameters<typeof actual.renderReportPdf>) => {
      renders.count += 1;
      return actual.renderReportPdf(...args);
    },
  };
});

withMigratedDatabase();

let reports: { id: string; token: string }[] = [];
beforeAll(async () => {
  await seedPeerPopulation(12, 7);
  await createMissingReports(200, 3);
  reports = await giveReportsKnownLinks();
}, 120_000);

/** The render jobs waiting or running for a report, by paper. */
async function queuedRenders(reportId: string): Promise<{ paperSize: string; priority: number }[]> {
  return db().$queryRaw`
    SELECT data->>'paperSize' AS "paperSize", priority FROM pgboss.job
     WHERE name = ${RENDER_REPORT_PDF.name} AND data->>'reportId' = ${reportId} AND state IN ('created', 'retry', 'active')`;
}

const runRender = (reportId: string, paperSize: "a4" | "letter") => renderReportPdfHandler.run({ reportId, paperSize });

describe("reportPdfFor", () => {
  it("answers 'preparing' until the PDF is stored, queuing one render however many ask at once", async () => {
    const { id, token } = reports[0]!;
    const answers = await Promise.all(Array.from({ length: 8 }, () => reportPdfFor(token, "letter", [])));
    expect(answers).toEqual(Array.from({ length: 8 }, () => ({ status: "preparing" })));
    expect(await queuedRenders(id)).toEqual([{ paperSize: "letter", priority: 10 }]);
    expect(await reportPdfFor(token, "letter", [])).toEqual({ status: "preparing" });
    expect(await queuedRenders(id)).toHaveLength(1);
  });

  it("serves the stored PDF, rendered once, with its ETag, and 'not-modified' to a client that has it", { timeout: 60_000 }, async () => {
    const { id, token } = reports[1]!;
    const before = renders.count;
    await runRender(id, "a4");
    await runRender(id, "a4"); // delivered twice: the second finds it stored
    expect(renders.count - before).toBe(1);

    const ready = await reportPdfFor(token, "a4", []);
    if (ready.status !== "ready") throw new Error(`expected a stored PDF, got ${ready.status}`);
    expect(Buffer.from(ready.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(ready.fileNames.ascii).toMatch(/^dealmaker-index-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(ready.fileNames.ascii).not.toContain(token.slice(0, 8).toLowerCase());
    expect(await reportPdfFor(token, "a4", [ready.etag])).toEqual({ status: "not-modified", etag: ready.etag });
    expect(await reportPdfFor(token, "a4", ["*"])).toEqual({ status: "not-modified", etag: ready.etag });
    expect((await reportPdfFor(token, "a4", ["an-older-etag"])).status).toBe("ready");
    // The other paper is another PDF, not yet rendered.
    expect(await reportPdfFor(token, "letter", [])).toEqual({ status: "preparing" });
  });

  it("gives a regenerated report a new PDF and never serves the old one for the new document", { timeout: 90_000 }, async () => {
    const { id, token } = reports[2]!;
    const legacy = JSON.parse(readFileSync(path.join(process.cwd(), "tests/fixtures/report-2026.1.json"), "utf8")) as object;
    await db().report.update({ where: { id }, data: { reportVersion: "2026.1", document: legacy } });
    await runRender(id, "a4");
    const old = await reportPdfFor(token, "a4", []);
    if (old.status !== "ready") throw new Error(`expected the legacy document's PDF, got ${old.status}`);

    await regenerateReports();
    expect(await reportPdfFor(token, "a4", [old.etag])).toEqual({ status: "preparing" });
    expect(await queuedRenders(id)).toContainEqual({ paperSize: "a4", priority: expect.any(Number) });

    await runRender(id, "a4");
    const fresh = await reportPdfFor(token, "a4", [old.etag]);
    if (fresh.status !== "ready") throw new Error(`expected the regenerated document's PDF, got ${fresh.status}`);
    expect(fresh.etag).not.toBe(old.etag);
    expect(await db().reportPdf.findMany({ where: { reportId: id }, select: { etag: true } })).toEqual([{ etag: fresh.etag }]);
  });

  it("says there is no report for an unknown or malformed token", async () => {
    expect(await reportPdfFor("A".repeat(43), null, [])).toEqual({ status: "missing" });
    expect(await reportPdfFor("short", null, [])).toEqual({ status: "missing" });
  });
});

describe("a submission", () => {
  it("queues no PDF: the first download does (a render would compete with submissions for the CPU)", async () => {
    const stored = await storeCompletedResponse({ answers: buildAnswers("middle"), now: new Date() });
    const report = await db().report.findUniqueOrThrow({ where: { tokenHash: hashToken(stored!.reportToken) }, select: { id: true } });
    expect(await queuedRenders(report.id)).toEqual([]);
  });
});

