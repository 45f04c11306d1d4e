// Rewrites the generated report-rule tables of docs/methodology.md from the narrative data (the blocks that
// lib/report/report-methodology-doc.test.ts checks). Run: npx tsx tests/tools/write-report-rule-tables.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { reportRuleTables } from "@/tests/support/report-rule-tables";

const file = path.resolve(import.meta.dirname, "../../docs/methodology.md");
let doc = readFileSync(file, "utf8");
for (const [name, table] of Object.entries(reportRuleTables())) {
  const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(\\n<!-- /generated:${name} -->)`);
  if (!pattern.test(doc)) throw new Error(`docs/methodology.md has no block for ${name}: add the two markers first`);
  doc = doc.replace(pattern, (_, open: string, close: string) => `${open}${table}${close}`);
}
writeFileSync(file, doc);
console.log(`wrote ${Object.keys(reportRuleTables()).length} tables to docs/methodology.md`);
