// The PDF of a report stored before this layout (no company name in it) still renders whole, with its date and page
// numbers. e2e/report-pdf.spec.ts checks a new report's first page on both papers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ReportDocumentSchema } from "@/lib/report/document";
import { ReportPdf } from "./report-pdf";

const stored = ReportDocumentSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/report-2026.1.json"), "utf8")));

describe("ReportPdf", () => {
  it("renders a report stored in version 2026.1 from its title to its last paragraph", { timeout: 60_000 }, async () => {
    expect(stored.participant).toBeUndefined();
    const element = createElement(ReportPdf, { report: stored, createdAt: new Date("2026-03-14T23:59:00Z"), size: "letter" });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "report-pdf-")), "report.pdf");
    writeFileSync(file, await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(info).toContain("Page size:       612 x 792");
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    expect(text).toContain("Report of March 14, 2026");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain(stored.summary.overall.category!.name);
    expect(text).toContain("Pipeline coverage");
    expect(text).toContain(stored.personal.sections.at(-1)!.paragraphs.at(-1)!.text);
  });
});
