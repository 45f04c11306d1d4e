import { describe, expect, it } from "vitest";
import { instrument, PART_A_IDS } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { scoreResponse } from "@/lib/scoring";
import { buildReport } from "./build-report";
import { ReportDocumentSchema } from "./document";
import { participantOf } from "./participant";

describe("participantOf", () => {
  it("names the company only when the participant consented to store it", () => {
    expect(participantOf({ [PART_A_IDS.consent]: true, [PART_A_IDS.companyName]: "  Acme Ltd " })).toEqual({ company: "Acme Ltd" });
    expect(participantOf({ [PART_A_IDS.consent]: false, [PART_A_IDS.companyName]: "Acme Ltd" })).toBeUndefined();
    expect(participantOf({ [PART_A_IDS.companyName]: "Acme Ltd" })).toBeUndefined();
    expect(participantOf({ [PART_A_IDS.consent]: true, [PART_A_IDS.companyName]: " " })).toBeUndefined();
  });

  it("puts the company into the stored report, which still parses without it", () => {
    const answers = { ...buildAnswers("middle"), [PART_A_IDS.consent]: true, [PART_A_IDS.companyName]: "Müller & Söhne" };
    const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: null });
    expect(ReportDocumentSchema.parse(JSON.parse(JSON.stringify(report))).participant).toEqual({ company: "Müller & Söhne" });
    const older: Record<string, unknown> = { ...report };
    delete older.participant;
    expect(ReportDocumentSchema.safeParse(older).success).toBe(true);
  });
});
