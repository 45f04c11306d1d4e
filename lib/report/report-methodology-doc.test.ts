// docs/methodology.md §10 shows the perception-gap, prerequisite and condition tables exactly as the data has them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reportRuleTables } from "@/tests/support/report-rule-tables";

const doc = readFileSync(path.resolve(import.meta.dirname, "../../docs/methodology.md"), "utf8");

function block(name: string): string | null {
  const match = new RegExp(`<!-- generated:${name} -->\\n([\\s\\S]*?)\\n<!-- /generated:${name} -->`).exec(doc);
  return match?.[1] ?? null;
}

describe("docs/methodology.md, report rules", () => {
  // On failure the expected value is the table to paste between the markers.
  it.each(Object.entries(reportRuleTables()))("shows the %s table exactly as the data has it", (name, table) => {
    expect(block(name)).toBe(table);
  });
});
