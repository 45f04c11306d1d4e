// The PDF's executive summary lists the answers that disagree, under "Answers to check", as the page does.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { scoreResponse } from "@/lib/scoring";
import { personaAnswers } from "@/tests/support/personas";
import { ReportPdf } from "./report-pdf";

describe("PdfAnswerTensions", () => {
  it("prints each tension's headline under 'Answers to check' (the inside services persona)", { timeout: 60_000 }, async () => {
    const answers = personaAnswers("services-inside");
    const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: null });
    expect(report.tensions?.length).toBeGreaterThan(0);
    const element = createElement(ReportPdf, { report, createdAt: new Date("2026-03-14T23:59:00Z"), size: "a4" });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "report-pdf-")), "report.pdf");
    writeFileSync(file, await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Answers to check");
    for (const tension of report.tensions!) expect(text).toContain(tension.headline.replace(/\s+/g, " "));
  });
});
