import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DraftAnswersSchema, ResponseAnswersSchema, sectionAnswersSchema } from "./answer-schemas";
import { invalidValueArbitrary, validAnswersArbitrary, validValueArbitrary } from "@/tests/support/answer-arbitraries";
import { allQuestions, instrument, sectionOfQuestion } from "./instrument";

const questions = allQuestions();

describe("properties of the derived schemas", () => {
  it("accepts any valid response generated from the instrument, and returns it as JSON-safe data", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), (answers) => {
        const result = ResponseAnswersSchema.safeParse(answers);
        expect(result.success ? [] : result.error.issues).toEqual([]);
        const parsed = result.data!;
        expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts each step of any valid response on its own", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), (answers) => {
        for (const section of instrument.sections) {
          const step = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]]));
          expect(sectionAnswersSchema(section).safeParse(step).success, section.id).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("rejects any single invalid value, with an issue on that question's path", () => {
    const mutation = fc
      .constantFrom(...questions)
      .chain((question) => fc.tuple(fc.constant(question), invalidValueArbitrary(question)));
    fc.assert(
      fc.property(validAnswersArbitrary(), mutation, (answers, [question, bad]) => {
        const mutated = { ...answers, [question.id]: bad };
        const schemas = [ResponseAnswersSchema, DraftAnswersSchema, sectionAnswersSchema(sectionOfQuestion(question.id)!)];
        for (const schema of schemas) {
          const result = schema.safeParse(mutated);
          expect(result.success).toBe(false);
          expect(result.error!.issues.some((issue) => issue.path[0] === question.id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("rejects a response that leaves out any required question, naming that question", () => {
    const required = questions.filter((question) => question.required);
    fc.assert(
      fc.property(validAnswersArbitrary(), fc.constantFrom(...required), (answers, question) => {
        const rest = { ...answers };
        delete rest[question.id];
        const result = ResponseAnswersSchema.safeParse(rest);
        expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([question.id]);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts any valid value of any question in a draft, alone", () => {
    const single = fc
      .constantFrom(...questions)
      .chain((question) => fc.tuple(fc.constant(question), validValueArbitrary(question)));
    fc.assert(
      fc.property(single, ([question, value]) => {
        expect(DraftAnswersSchema.safeParse({ [question.id]: value }).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
