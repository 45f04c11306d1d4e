// Golden report texts: the whole report of each persona as plain text, committed beside this test and read in
// review. A change to any sentence or figure fails here until the file is regenerated (`npx vitest run
// tests/golden -u`) and the diff has been read.
import { describe, expect, it } from "vitest";
import { ReportDocumentSchema } from "@/lib/report/document";
import { personaReport } from "@/tests/support/persona-report";
import { PERSONA_NAMES } from "@/tests/support/personas";
import { reportText } from "@/tests/support/report-text";
import { RETAKE_SERIES, retakeReports, type RetakeSeries } from "@/tests/support/retake-personas";

describe.each(PERSONA_NAMES)("the %s persona's report", (name) => {
  it("is a valid document whose text matches the golden file", async () => {
    const report = personaReport(name);
    ReportDocumentSchema.parse(report);
    const text = reportText(report);
    expect(text).not.toMatch(/undefined|NaN|Infinity|\{[a-zA-Z]+\}/);
    await expect(text).toMatchFileSnapshot(`./${name}.txt`);
  });
});

// A participant who came back: the newest report of each series, with its "Since last time" part.
describe.each(Object.keys(RETAKE_SERIES) as RetakeSeries[])("the %s series' newest report", (series) => {
  it("is a valid document whose text matches the golden file", async () => {
    const report = retakeReports(series).at(-1)!.document;
    ReportDocumentSchema.parse(report);
    expect(report.sinceLastTime).toBeDefined();
    const text = reportText(report);
    expect(text).not.toMatch(/undefined|NaN|Infinity|\{[a-zA-Z]+\}/);
    await expect(text).toMatchFileSnapshot(`./${series}.txt`);
  });
});
