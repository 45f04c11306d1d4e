// Golden report texts: the whole report of each persona as plain text, committed beside this test and read in
// review. A change to any sentence or figure fails here until the file is regenerated (`npx vitest run
// tests/golden -u`) and the diff has been read.
import { describe, expect, it } from "vitest";
import { PART_A_IDS, instrument } from "@/lib/instrument";
import { analyseSales, ownHardNumbers, scoreResponse, toBasis } from "@/lib/scoring";
import { buildReport } from "@/lib/report/build-report";
import { ReportDocumentSchema } from "@/lib/report/document";
import { PERSONA_NAMES, personaAnswers } from "@/tests/support/personas";
import { personaHardNumbers, personaPeers } from "@/tests/support/persona-peers";
import { reportText } from "@/tests/support/report-text";
import { salesNumbers } from "@/lib/scoring";

function personaReport(name: (typeof PERSONA_NAMES)[number]) {
  const answers = personaAnswers(name);
  const score = scoreResponse(answers, instrument);
  const sales = analyseSales(salesNumbers(answers));
  const own = ownHardNumbers(sales);
  const deal = own.averageDeal === null ? null : toBasis(own.averageDeal, sales.numbers.currency);
  const peers = personaPeers(score.overall, score.indices.personal.score, personaHardNumbers({ ...own, averageDeal: deal }), String(answers[PART_A_IDS.industry]));
  return buildReport({ answers, score, peers });
}

describe.each(PERSONA_NAMES)("the %s persona's report", (name) => {
  it("is a valid document whose text matches the golden file", async () => {
    const report = personaReport(name);
    ReportDocumentSchema.parse(report);
    const text = reportText(report);
    expect(text).not.toMatch(/undefined|NaN|Infinity|\{[a-zA-Z]+\}/);
    await expect(text).toMatchFileSnapshot(`./${name}.txt`);
  });
});
