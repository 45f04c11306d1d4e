// The PDF prints "Since last time" as the page does: the paragraph, each figure's row, and with three or more earlier
// reports the trend charts with their figures in words, nothing printed over anything else; a first report has none.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "@/lib/report/document";
import { overlappingWords, pdfInfo, wordsOnPage } from "@/tests/support/pdf-text";
import { retakeReports } from "@/tests/support/retake-personas";
import { ReportPdf } from "./report-pdf";

async function pdfOf(report: ReportDocument) {
  const element = createElement(ReportPdf, { report, createdAt: new Date("2026-09-14T08:45:00Z"), size: "a4" });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "report-pdf-")), "report.pdf");
  writeFileSync(file, await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
  const pages = Array.from({ length: pdfInfo(file).pages }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }).replace(/\s+/g, " "));
  return { file, pages };
}

describe("PdfSinceLastTime", () => {
  it("prints the paragraph, every row with both dates' peers, and the four reports' trends", { timeout: 60_000 }, async () => {
    const visits = retakeReports("retake-four-visits");
    const { file, pages } = await pdfOf(visits.at(-1)!.document);
    const text = pages.join(" ");
    expect(text).toContain("Since last time");
    expect(text).toContain("Your share of sellers at quota fell from 52% to 45%; your peers' median was 51% then and is 52% now.");
    expect(text).toContain("Figure Mar 9, 2026 Sep 14, 2026 Change Meaningful?");
    expect(text).toContain("Sellers at quota 52% peers 51% 45% peers 52% down 7 points Meaningfully worse");
    expect(text).toContain("Average won deal $28,000 peers $47,400 $30,000 peers $48,300 up $2,000 Within the peers' spread");
    expect(text).toContain("Sales velocity a day $9,574 $11,836 up $2,262 Not judged: peers' velocity is not compared");
    expect(text).toContain("Your indices over your last 4 reports");
    // Two charts side by side: each one's title, then its figures in words under it.
    for (const name of ["Dealmaker Index", "Dealmaker Win Rate Index", "Personal Dealmaker Index"]) expect(text).toContain(` ${name} `);
    expect(text).toContain("Mar 2025: 32% (peers 54%) · Sep 2025: 38% (peers 55%) · Mar 2026: 40% (peers 56%) · Sep 2026: 49% (peers 57%)");
    const part = pages.flatMap((page, i) => (/Since last time|Your indices over/.test(page) ? [i + 1] : []));
    const overlaps = part.flatMap((page) => overlappingWords(wordsOnPage(file, page)).map(([a, b]) => `page ${page}: "${a.text}" over "${b.text}"`));
    expect(overlaps).toEqual([]);
  });

  it("prints the currency note and no trends after one earlier report, and nothing of the part in a first report", { timeout: 60_000 }, async () => {
    const [first, second] = retakeReports("retake-in-euros");
    const later = (await pdfOf(second!.document)).pages.join(" ");
    expect(later).toContain("You gave your money figures in USD last time and in EUR this time.");
    expect(later).toContain("Average won deal $30,000 peers $46,400 €28,000 peers €42,600 — Not compared: two currencies");
    expect(later).not.toContain("Your indices over");
    expect((await pdfOf(first!.document)).pages.join(" ")).not.toContain("Since last time");
  });
});
