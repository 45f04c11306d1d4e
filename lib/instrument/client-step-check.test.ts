// The form's step check must accept and refuse exactly what the server's step schemas do, with the
// same parsed answers and the same issues (path and message, in order), or a participant would see one verdict
// in the browser and another from the server.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sectionAnswersSchema } from "./answer-schemas";
import { invalidValueArbitrary, validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { checkStep } from "./client-step-check";
import type { Section } from "./definition";
import { buildAnswers, sliceAnswers } from "@/tests/support/answer-fixtures";
import { findSection, instrument } from "./instrument";
import { CONTACT_FIELD_IDS, PART_A_IDS, PART_B_IDS, PIPELINE_QUESTION_ID } from "./question-ids";

type Verdict = { success: true; data: unknown } | { success: false; issues: { path: PropertyKey[]; message: string }[] };

type Issues = readonly { path: PropertyKey[]; message: string }[];

function verdict(result: { success: boolean; data?: unknown; error?: { issues: Issues }; issues?: Issues }): Verdict {
  if (result.success) return { success: true, data: result.data };
  const issues = result.issues ?? result.error!.issues;
  return { success: false, issues: issues.map((issue) => ({ path: [...issue.path], message: issue.message })) };
}

const server = (section: Section, input: unknown) => verdict(sectionAnswersSchema(section).safeParse(input));
const client = (section: Section, input: unknown) => verdict(checkStep(section, input));

const idsOf = (section: Section) => section.questions.map((question) => question.id);
const section = (id: string) => findSection(id)!;
const stage = { name: "Lead", count: 5, value: 1000, conversionPct: 20 };

/** [step, what is wrong, the step's answers] */
const invalid: Array<[string, string, Record<string, unknown>]> = [
  ["a.profile", "nothing answered", {}],
  ["a.profile", "a choice as a number and a blank one", { [PART_A_IDS.role]: 3, [PART_A_IDS.industry]: "  " }],
  ["a.contact", "a long, malformed email without consent", { [PART_A_IDS.email]: `${"x".repeat(300)}`, [PART_A_IDS.consent]: false }],
  ["a.contact", "contact details without consent", Object.fromEntries(CONTACT_FIELD_IDS.map((id) => [id, "Alex"]))],
  ["a.contact", "consent as text and a question from another step", { [PART_A_IDS.consent]: "yes", [PART_A_IDS.role]: "seller" }],
  ["b.numbers", "a count as text, a fractional one, infinity", { [PART_B_IDS.wonCount]: "12", [PART_B_IDS.lostCount]: 2.5, [PART_B_IDS.openValue]: Infinity }],
  ["b.numbers", "values without counts or currency", { [PART_B_IDS.wonValue]: 10, [PART_B_IDS.lostValue]: 5 }],
  ["b.numbers", "a cycle and a value for zero deals won", { [PART_B_IDS.wonCount]: 0, [PART_B_IDS.wonValue]: 9, [PART_B_IDS.cycleDays]: 30, [PART_B_IDS.currency]: "usd" }],
  ["e.pipeline", "two stages, one with a bad count", { [PIPELINE_QUESTION_ID]: { stages: [{ ...stage, count: -1 }, { ...stage, name: "B" }], target: 5 } }],
  ["e.pipeline", "thirteen stages with the same name", { [PIPELINE_QUESTION_ID]: { stages: Array(13).fill(stage), target: 5 } }],
  ["e.pipeline", "a duplicate name and a zero target", { [PIPELINE_QUESTION_ID]: { stages: [stage, stage, { ...stage, name: "C" }], target: 0 } }],
  ["e.pipeline", "an extra key and a stage that is not an object", { [PIPELINE_QUESTION_ID]: { stages: [1, stage, { ...stage, name: "C", x: 1 }], target: 5, more: true } }],
  ["e.pipeline", "an empty stage and value for zero deals", { [PIPELINE_QUESTION_ID]: { stages: [{}, { ...stage, count: 0 }, { ...stage, name: " " }], target: 1e20 } }],
  ["e.pipeline", "a pipeline as text", { [PIPELINE_QUESTION_ID]: "six stages" }],
];

describe("the client step check agrees with the server's", () => {
  const answers = { best: buildAnswers("best"), worst: buildAnswers("worst"), required: buildAnswers("middle", { includeOptional: false }) };

  it.each(instrument.sections.flatMap((step) => Object.entries(answers).map(([pick, all]) => [step.id, pick, step, all] as const)))(
    "on step %s with the %s fixture answers",
    (_, __, step, all) => {
      const input = sliceAnswers(all, idsOf(step));
      expect(client(step, input)).toEqual(server(step, input));
      expect(client(step, input).success).toBe(true);
    },
  );

  it.each(invalid)("on step %s with %s", (id, _, input) => {
    const expected = server(section(id), input);
    expect(expected.success).toBe(false);
    expect(client(section(id), input)).toEqual(expected);
  });

  it("on text measured in code points: 60 emoji fit in a 100-character name", () => {
    const input = { [PART_A_IDS.name]: "\u{1F600}".repeat(60), [PART_A_IDS.consent]: true };
    expect(server(section("a.contact"), input).success).toBe(true);
    expect(client(section("a.contact"), input)).toEqual(server(section("a.contact"), input));
  });

  it("on anything that is not an answers object", () => {
    for (const input of ["answers", 42, null, [1]]) expect(client(section("a.profile"), input)).toEqual(server(section("a.profile"), input));
  });

  it("on random valid steps and on random invalid values put into them", () => {
    const questions = instrument.sections.flatMap((step) => step.questions.map((question) => [step, question] as const));
    fc.assert(
      fc.property(
        validAnswersArbitrary(),
        fc.constantFrom(...questions).chain(([step, question]) =>
          fc.tuple(fc.constant(step), fc.constant(question.id), invalidValueArbitrary(question)),
        ),
        (all, [step, id, bad]) => {
          const valid = sliceAnswers(all, idsOf(step));
          expect(client(step, valid)).toEqual(server(step, valid));
          const broken = { ...valid, [id]: bad };
          expect(client(step, broken)).toEqual(server(step, broken));
        },
      ),
      { numRuns: 300 },
    );
  });
});
