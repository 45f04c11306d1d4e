// GET /r/{token}/pdf over HTTP semantics: a quick "being prepared" page that reloads itself while the PDF is not
// stored, then the stored PDF with a strong ETag and private caching, and 304 to a browser that has it.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { giveReportsKnownLinks } from "@/tests/support/report-links";
import { seedPeerPopulation } from "@/tests/support/peer-population";
import { renderReportPdfHandler } from "@/lib/jobs/handlers/render-report-pdf";
import { createMissingReports } from "@/lib/responses/create-missing-reports";
import { GET } from "./route";

withMigratedDatabase();

let report: { id: string; token: string };
beforeAll(async () => {
  await seedPeerPopulation(12, 11);
  await createMissingReports(200, 1);
  report = (await giveReportsKnownLinks())[0]!;
}, 120_000);

const get = (token: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/r/${token}/pdf?size=a4`, { headers }), { params: Promise.resolve({ token }) });

describe("GET /r/{token}/pdf", () => {
  it("answers at once with a page that says the PDF is being prepared and reloads itself", async () => {
    const started = performance.now();
    const response = await get(report.token);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(202);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("3");
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="3">');
    expect(html).toContain("Your PDF is being prepared");
    expect(html).toContain(`<a href="/r/${report.token}">Back to the report</a>`);
  });

  it("serves the stored PDF with a strong ETag and private caching, and 304 when the browser has it", { timeout: 60_000 }, async () => {
    await renderReportPdfHandler.run({ reportId: report.id, paperSize: "a4" });
    const response = await get(report.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="dealmaker-index-.+\.pdf"/);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    const again = await get(report.token, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(await again.text()).toBe("");
    expect((await get(report.token, { "if-none-match": `W/${etag}, "other"` })).status).toBe(304);
    expect((await get(report.token, { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("is 404 for a token with no report", async () => {
    expect((await get("B".repeat(43))).status).toBe(404);
  });
});
