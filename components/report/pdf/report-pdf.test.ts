// The PDF renders whole from a report stored before this layout, and stays legible at the survey's extremes.
// e2e/report-pdf.spec.ts checks a new report's first page, file name and paper on the running app.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { instrument, PART_B_IDS, PIPELINE_QUESTION_ID, ResponseAnswersSchema } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { MAX_DEAL_COUNT, MAX_MONEY_VALUE } from "@/lib/instrument/part-b";
import { STAGE_NAME_MAX_LENGTH } from "@/lib/instrument/part-e";
import { PIPELINE_MAX_STAGES } from "@/lib/instrument/scales";
import { buildReport } from "@/lib/report/build-report";
import { ReportDocumentSchema, type ReportDocument } from "@/lib/report/document";
import { scoreResponse } from "@/lib/scoring";
import { overlappingWords, pdfInfo, wordsOnPage } from "@/tests/support/pdf-text";
import { ReportPdf } from "./report-pdf";

const stored = ReportDocumentSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/report-2026.1.json"), "utf8")));

async function renderPdf(report: ReportDocument, size: "a4" | "letter") {
  const element = createElement(ReportPdf, { report, createdAt: new Date("2026-03-14T23:59:00Z"), size });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "report-pdf-")), "report.pdf");
  writeFileSync(file, await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
  return file;
}

describe("ReportPdf", () => {
  it("renders a report stored in version 2026.1 from its title to its last paragraph", { timeout: 60_000 }, async () => {
    expect(stored.participant).toBeUndefined();
    const file = await renderPdf(stored, "letter");
    const { pages, width, height } = pdfInfo(file);
    expect([width, height]).toEqual([612, 792]);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text).toContain("Report of March 14, 2026");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain(stored.summary.overall.category!.name);
    expect(text).toContain("Pipeline coverage");
    expect(text).toContain(stored.personal.sections.at(-1)!.paragraphs.at(-1)!.text);
  });

  it("prints no word over another on any page when every figure is the largest the survey accepts", { timeout: 60_000 }, async () => {
    const money = Object.values(PART_B_IDS).filter((id) => id.endsWith("-value"));
    const answers = ResponseAnswersSchema.parse({
      ...buildAnswers("middle"),
      ...Object.fromEntries(money.map((id) => [id, MAX_MONEY_VALUE])),
      [PART_B_IDS.newOpportunities]: MAX_DEAL_COUNT,
      [PIPELINE_QUESTION_ID]: {
        target: MAX_MONEY_VALUE,
        stages: Array.from({ length: PIPELINE_MAX_STAGES }, (_, i) => ({
          name: `Stage ${i + 1} ${"with a long name ".repeat(5)}`.slice(0, STAGE_NAME_MAX_LENGTH),
          count: MAX_DEAL_COUNT,
          value: MAX_MONEY_VALUE,
          conversionPct: 0.5,
        })),
      },
    });
    const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: null });
    const file = await renderPdf(report, "a4");
    const overlaps = Array.from({ length: pdfInfo(file).pages }, (_, i) =>
      overlappingWords(wordsOnPage(file, i + 1)).map(([a, b]) => `page ${i + 1}: "${a.text}" over "${b.text}"`),
    ).flat();
    expect(overlaps).toEqual([]);
  });
});
