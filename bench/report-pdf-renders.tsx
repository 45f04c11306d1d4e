// The renders that bench/report-pdf.ts times: a strong, a middling and a weak participant (fixture answers with a
// pipeline and a company name), each rendered `renders` times after a warm-up.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { instrument, PART_A_IDS } from "@/lib/instrument";
import { buildAnswers, type AnswerPick } from "@/tests/support/answer-fixtures";
import { scoreResponse, type PeerSnapshot } from "@/lib/scoring";
import { buildReport } from "@/lib/report/build-report";
import type { PaperSize } from "@/lib/report/pdf-download";
import { ReportPdf } from "@/components/report/pdf/report-pdf";

const CREATED_AT = new Date("2026-12-01T09:30:00Z");

const peers: PeerSnapshot = {
  scoringVersion: "2026.1",
  minPeers: 10,
  group: { level: "industry-size", label: "Software and internet companies with 50 to 249 employees", size: 120, industry: "software", companySize: "50-249", meetsMinimum: true },
  overall: { percent: 62, better: 45, peers: 120 },
  personal: { percent: 55, better: 54, peers: 120 },
  medians: { overall: 61, value: 60, number: 58, winRate: 63, salesCycle: 59, personal: 64 },
  sectionMedians: Object.fromEntries(instrument.sections.filter((s) => s.part === "C" || s.part === "D").map((s) => [s.id, 60])),
};

function reportFor(pick: AnswerPick) {
  const answers = { ...buildAnswers(pick), [PART_A_IDS.consent]: true, [PART_A_IDS.companyName]: `Example ${pick} GmbH` };
  return buildReport({ answers, score: scoreResponse(answers, instrument), peers });
}

const render = (report: ReturnType<typeof reportFor>, size: PaperSize) =>
  renderToBuffer(createElement(ReportPdf, { report, createdAt: CREATED_AT, size }) as Parameters<typeof renderToBuffer>[0]);

/** Median render time per persona on A4; with `outDir`, also writes every persona on A4 and Letter there. */
export async function runReportPdfBench({ outDir, renders = 10 }: { outDir?: string; renders?: number }) {
  const personas: Record<string, { medianMs: number; bytes: number }> = {};
  for (const pick of ["best", "middle", "worst"] as const) {
    const report = reportFor(pick);
    const first = await render(report, "a4"); // warm-up: fonts and layout code load on the first render
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, `${pick}-a4.pdf`), first);
      writeFileSync(path.join(outDir, `${pick}-letter.pdf`), await render(report, "letter"));
    }
    const times: number[] = [];
    for (let i = 0; i < renders; i += 1) {
      const start = process.hrtime.bigint();
      await render(report, "a4");
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    personas[pick] = { medianMs: Math.round(times[Math.floor(renders / 2)] ?? NaN), bytes: first.length };
  }
  return { benchmark: "report-pdf", renders, personas };
}
