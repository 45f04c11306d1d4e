import { describe, expect, it } from "vitest";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { carriedOverAnswers } from "./carry-over";
import { responseAnswersSchema } from "./answer-schemas";
import type { Instrument } from "./definition";
import { instrument } from "./instrument";
import { CONTACT_FIELD_IDS, PART_A_IDS, PART_B_IDS } from "./question-ids";

const contactStep = instrument.sections.findIndex((section) => section.id === "a.contact");

describe("carriedOverAnswers", () => {
  it("carries every answer of a response without contact details, and every step is complete", () => {
    const earlier = buildAnswers("middle");
    for (const id of CONTACT_FIELD_IDS) delete earlier[id];
    earlier[PART_A_IDS.consent] = false;
    const { answers, firstIncompleteStep } = carriedOverAnswers(earlier, instrument);
    const expected = { ...earlier };
    delete expected[PART_A_IDS.consent];
    expect(answers).toEqual(expected);
    expect(firstIncompleteStep).toBe(instrument.sections.length);
    expect(responseAnswersSchema(instrument).safeParse(answers).success).toBe(true);
  });

  it("carries contact details given with consent, but never the ticked box: the contact step waits for it", () => {
    const earlier = buildAnswers("best");
    expect(earlier[PART_A_IDS.consent]).toBe(true);
    const { answers, firstIncompleteStep } = carriedOverAnswers(earlier, instrument);
    for (const id of CONTACT_FIELD_IDS) expect(answers[id]).toBe(earlier[id]);
    expect(answers).not.toHaveProperty(PART_A_IDS.consent);
    expect(firstIncompleteStep).toBe(contactStep);
  });

  it("drops contact details stored without consent (none should be, but the consent rule decides)", () => {
    const earlier = { ...buildAnswers("middle"), [PART_A_IDS.consent]: false };
    const { answers } = carriedOverAnswers(earlier, instrument);
    for (const id of CONTACT_FIELD_IDS) expect(answers).not.toHaveProperty(id);
  });

  it("leaves out answers the instrument no longer asks or accepts, and the first step missing one is where it stops", () => {
    const earlier = {
      ...buildAnswers("middle", { includeOptional: false }),
      "x.retired.question": "agree",
      [PART_A_IDS.industry]: "an-industry-since-removed",
      [PART_B_IDS.wonCount]: -5,
    };
    const { answers, firstIncompleteStep } = carriedOverAnswers(earlier, instrument);
    expect(answers).not.toHaveProperty("x.retired.question");
    expect(answers).not.toHaveProperty(PART_A_IDS.industry);
    expect(answers).not.toHaveProperty(PART_B_IDS.wonCount);
    expect(firstIncompleteStep).toBe(0);
  });

  it("reads an earlier version's answers against the instrument it is given", () => {
    const narrower: Instrument = { ...instrument, sections: instrument.sections.slice(0, 1) };
    const earlier = buildAnswers("worst");
    const { answers, firstIncompleteStep } = carriedOverAnswers(earlier, narrower);
    const asked = narrower.sections[0]!.questions.map((q) => q.id).filter((id) => id in earlier);
    expect(asked.length).toBeGreaterThan(3);
    expect(Object.keys(answers).sort()).toEqual(asked.sort());
    expect(firstIncompleteStep).toBe(narrower.sections.length);
  });

  it("starts from nothing when the stored answers are not an object", () => {
    expect(carriedOverAnswers(null, instrument)).toEqual({ answers: {}, firstIncompleteStep: 0 });
  });
});
