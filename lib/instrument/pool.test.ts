// The pool choice: in the pool unless the answer is false, the box ticked at first, and the answer checked like any
// consent box (a boolean), so a participant can only say yes or no.
import { describe, expect, it } from "vitest";
import { DraftAnswersSchema, PART_A_IDS, POOL_DEFAULT, ResponseAnswersSchema, findQuestion, findSection, joinsPool, sectionAnswersSchema } from "./index";
import { buildAnswers } from "@/tests/support/answer-fixtures";

describe("joinsPool", () => {
  it.each([
    ["left out", {}, true],
    ["true", { [PART_A_IDS.pool]: true }, true],
    ["false", { [PART_A_IDS.pool]: false }, false],
  ])("answer %s: %s", (_name, answers, expected) => {
    expect(joinsPool(answers)).toBe(expected);
  });
});

describe("the pool question", () => {
  it("is an optional box on the contact step that starts ticked", () => {
    const question = findQuestion(PART_A_IDS.pool);
    expect(question).toMatchObject({ kind: "consent", required: false, default: true });
    expect(POOL_DEFAULT).toBe(true);
    expect(findSection("a.contact")!.questions.map((q) => q.id)).toContain(PART_A_IDS.pool);
    expect(question!.help).toMatch(/until you submit/);
  });

  it("takes yes or no, in a step, a draft and a whole response; nothing else", () => {
    const contact = findSection("a.contact")!;
    expect(sectionAnswersSchema(contact).parse({ [PART_A_IDS.pool]: false })).toEqual({ [PART_A_IDS.pool]: false });
    expect(DraftAnswersSchema.safeParse({ [PART_A_IDS.pool]: "no" }).success).toBe(false);
    const answers = buildAnswers("middle");
    expect(ResponseAnswersSchema.parse({ ...answers, [PART_A_IDS.pool]: false })[PART_A_IDS.pool]).toBe(false);
    const withoutChoice = { ...answers };
    delete withoutChoice[PART_A_IDS.pool];
    expect(ResponseAnswersSchema.safeParse(withoutChoice).success).toBe(true);
  });
});
