import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allQuestions, instrument, type ChoiceQuestion } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { ScoreResultSchema, type ScoreResult } from "./result";
import { scoreResponse } from "./score-response";

const questions = allQuestions(instrument);
const scoredChoices = questions.filter(
  (question): question is ChoiceQuestion => question.kind === "choice" && question.scoring.length > 0,
);
const optionalIds = questions.filter((question) => !question.required).map((question) => question.id);
const allIds = questions.map((question) => question.id);

/** A valid response with any subset of its answers removed: partial drafts and old, sparse data. */
const sparseAnswers = fc
  .tuple(validAnswersArbitrary(), fc.subarray(allIds))
  .map(([answers, removed]) => {
    const sparse = { ...answers };
    for (const id of removed) delete sparse[id];
    return sparse;
  });

const anyAnswers = fc.oneof(validAnswersArbitrary(), sparseAnswers);

/** Every published figure, so one comparison covers indices, overall and sections. */
function figures(result: ScoreResult): (number | null)[] {
  return [
    ...Object.values(result.indices).map((index) => index.score),
    result.overall,
    ...result.sectionScores.map((section) => section.score),
  ];
}

describe("scoring properties", () => {
  it("keeps every index, the overall and every section score a whole percent 0–100 or null", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = scoreResponse(answers, instrument);
        for (const score of figures(result)) {
          if (score !== null) {
            expect(Number.isInteger(score)).toBe(true);
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }
        for (const index of Object.values(result.indices)) expect(index.score === null).toBe(!index.sufficient);
      }),
      { numRuns: 300 },
    );
  });

  it("scores every index of a complete response (all scored items are required)", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), (answers) => {
        const result = scoreResponse(answers, instrument);
        expect(result.overall).not.toBeNull();
        expect(Object.values(result.indices).every((index) => index.sufficient)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["best", 100, (scores: number[]) => Math.max(...scores)],
    ["worst", 0, (scores: number[]) => Math.min(...scores)],
  ] as const)("gives %s answers on any subset of the scored items %i on every figure it reports", (_, expected, pick) => {
    fc.assert(
      fc.property(fc.subarray(scoredChoices, { minLength: 1 }), (chosen) => {
        const answers = Object.fromEntries(
          chosen.map((question) => {
            const target = pick(question.options.map((option) => option.score!));
            return [question.id, question.options.find((option) => option.score === target)!.value];
          }),
        );
        const reported = figures(scoreResponse(answers, instrument)).filter((score) => score !== null);
        expect(reported.length).toBeGreaterThan(0);
        for (const score of reported) expect(score).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("never lowers any index, the overall or a section score when one answer moves to a higher-scoring option", () => {
    const improvement = fc.constantFrom(...scoredChoices).chain((question) =>
      fc
        .tuple(fc.nat(question.options.length - 1), fc.nat(question.options.length - 1))
        .filter(([a, b]) => question.options[a]!.score! < question.options[b]!.score!)
        .map(([worse, better]) => ({ id: question.id, worse: question.options[worse]!, better: question.options[better]! })),
    );
    fc.assert(
      fc.property(anyAnswers, improvement, (answers, change) => {
        const before = scoreResponse({ ...answers, [change.id]: change.worse.value }, instrument);
        const after = scoreResponse({ ...answers, [change.id]: change.better.value }, instrument);
        const [was, now] = [figures(before), figures(after)];
        was.forEach((score, i) => {
          expect(now[i] === null).toBe(score === null);
          if (score !== null) expect(now[i]).toBeGreaterThanOrEqual(score);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic: same answers, in any key order and on a copy, give the same result", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const first = scoreResponse(answers, instrument);
        const reordered = Object.fromEntries(Object.entries(structuredClone(answers)).reverse());
        expect(scoreResponse(reordered, instrument)).toEqual(first);
        expect(scoreResponse(answers, instrument)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on a previous call (reused scratch totals start clean)", () => {
    fc.assert(
      fc.property(anyAnswers, anyAnswers, (a, b) => {
        const alone = scoreResponse(b, instrument);
        scoreResponse(a, instrument);
        expect(scoreResponse(b, instrument)).toEqual(alone);
      }),
      { numRuns: 100 },
    );
  });

  it("never throws when optional items are left out, and still returns a valid result", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), fc.subarray(optionalIds), (answers, removed) => {
        const sparse = { ...answers };
        for (const id of removed) delete sparse[id];
        expect(ScoreResultSchema.safeParse(scoreResponse(sparse, instrument)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on any subset of answers, and never reports an index from fewer items than its minimum", () => {
    fc.assert(
      fc.property(sparseAnswers, (answers) => {
        const result = scoreResponse(answers, instrument);
        expect(ScoreResultSchema.safeParse(result).success).toBe(true);
        for (const index of Object.values(result.indices)) {
          expect(index.sufficient).toBe(index.answered >= index.required);
        }
      }),
      { numRuns: 300 },
    );
  });
});
