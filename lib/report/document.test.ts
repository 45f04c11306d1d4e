// Stored reports are read back long after they were written: a document of an earlier report version must still
// parse (and so render) after the schema gains fields.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_VERSION, ReportDocumentSchema } from "./document";

const stored = (version: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../tests/fixtures/report-${version}.json`), "utf8")) as unknown;

describe("stored report documents", () => {
  it("a 2026.1 report, stored before the velocity fix, still parses", () => {
    const document = ReportDocumentSchema.parse(stored("2026.1"));
    expect(document.versions.report).toBe("2026.1");
    expect(document.versions.report).not.toBe(REPORT_VERSION);
    expect(document.executive.sales.velocityPerYear).toBeUndefined();
  });
});
