// fast-check generators for property tests (test-only: fast-check is a dev dependency). Valid responses are
// generated from the instrument data, then made consistent with the cross-field rules the data cannot express.
import fc from "fast-check";
import type { Instrument, Question } from "@/lib/instrument/definition";
import { instrument as currentInstrument } from "@/lib/instrument/instrument";
import { CONTACT_FIELD_IDS, PART_A_IDS } from "@/lib/instrument/part-a";
import { COUNT_VALUE_PAIRS, PART_B_IDS } from "@/lib/instrument/part-b";
import type { AnswerValue, Answers, PipelineAnswer } from "@/lib/instrument/question-schemas";

const emailArbitrary = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,15}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/))
  .filter(([local]) => !local.includes(".."))
  .map(([local, domain]) => `${local}@${domain}.com`);

const nonBlankText = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((text) => text.trim().length > 0);

function pipelineArbitrary(question: Extract<Question, { kind: "pipeline" }>): fc.Arbitrary<PipelineAnswer> {
  const stage = fc
    .record({
      count: fc.integer({ min: 0, max: question.maxDealCount }),
      value: fc.double({ min: 0, max: question.maxValue, noNaN: true }),
      conversionPct: fc.double({ min: 0, max: 100, noNaN: true }),
    })
    .map((entry) => ({ ...entry, value: entry.count === 0 ? 0 : entry.value }));
  const names = fc.uniqueArray(nonBlankText(question.stageNameMaxLength), {
    minLength: question.minStages,
    maxLength: question.maxStages,
    selector: (name) => name.trim().toLowerCase(),
  });
  return names.chain((stageNames) =>
    fc.record({
      stages: fc.tuple(...stageNames.map((name) => stage.map((entry) => ({ name, ...entry })))),
      target: fc.double({ min: 1, max: question.maxValue, noNaN: true }),
    }),
  );
}

/** Any value the schema must accept for this question. */
export function validValueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  switch (question.kind) {
    case "choice":
      return fc.constantFrom(...question.options.map((option) => option.value));
    case "number":
      return question.integer
        ? fc.integer({ min: Math.ceil(question.min), max: Math.floor(question.max) })
        : fc.double({ min: question.min, max: question.max, noNaN: true });
    case "text":
      return question.format === "email" ? emailArbitrary : nonBlankText(question.maxLength);
    case "consent":
      return fc.boolean();
    case "pipeline":
      return pipelineArbitrary(question);
  }
}

/** Enforces the cross-field rules (see cross-field-rules.ts) on otherwise independent random answers. */
function makeConsistent(answers: Answers): Answers {
  const result = { ...answers };
  if (result[PART_A_IDS.consent] !== true) CONTACT_FIELD_IDS.forEach((id) => delete result[id]);
  for (const pair of COUNT_VALUE_PAIRS) {
    if (result[pair.count] === undefined) delete result[pair.value];
    else if (result[pair.count] === 0 && result[pair.value] !== undefined) result[pair.value] = 0;
  }
  if (result[PART_B_IDS.wonCount] === 0) delete result[PART_B_IDS.cycleDays];
  const anyValue = COUNT_VALUE_PAIRS.some((pair) => result[pair.value] !== undefined);
  if (anyValue && result[PART_B_IDS.currency] === undefined) result[PART_B_IDS.currency] = "usd";
  return result;
}

/** A random complete response: every required question answered, each optional one answered or left out. */
export function validAnswersArbitrary(source: Instrument = currentInstrument): fc.Arbitrary<Answers> {
  const questions = source.sections.flatMap((section) => section.questions);
  const entries = questions.map((question) => {
    const value = validValueArbitrary(question);
    return question.required ? value : fc.option(value, { nil: undefined });
  });
  return fc.tuple(...entries).map((values) => {
    const answers: Answers = {};
    questions.forEach((question, index) => {
      const value = values[index];
      if (value !== undefined) answers[question.id] = value;
    });
    return makeConsistent(answers);
  });
}

const wrongType = fc.constantFrom<unknown>(true, 42, [], {}, ["a"]);

/** A value the schema must reject for this question, whatever the other answers are. */
export function invalidValueArbitrary(question: Question): fc.Arbitrary<unknown> {
  switch (question.kind) {
    case "choice":
      return fc.oneof(fc.constant("not-a-listed-answer"), wrongType);
    case "number": {
      const bad: unknown[] = [question.min - 1, question.max * 2 + 1, "twelve", Number.POSITIVE_INFINITY];
      if (question.integer) bad.push(question.min + 1.5);
      return fc.oneof(fc.constantFrom(...bad), fc.constantFrom<unknown>(true, [], {}));
    }
    case "text":
      return fc.oneof(
        fc.constant("x".repeat(question.maxLength + 1)),
        question.format === "email" ? fc.constant("not-an-email") : fc.constant(42),
        fc.constantFrom<unknown>(true, [], {}),
      );
    case "consent":
      return fc.constantFrom<unknown>("yes", 1, [], {});
    case "pipeline":
      return invalidPipelineArbitrary(question);
  }
}

function invalidPipelineArbitrary(question: Extract<Question, { kind: "pipeline" }>): fc.Arbitrary<unknown> {
  const stage = (index: number) => ({ name: `Stage ${index + 1}`, count: 5, value: 1000, conversionPct: 20 });
  const stages = (count: number) => Array.from({ length: count }, (_, index) => stage(index));
  const valid = { stages: stages(question.minStages), target: 1000 };
  return fc.constantFrom<unknown>(
    { ...valid, stages: stages(question.minStages - 1) },
    { ...valid, stages: stages(question.maxStages + 1) },
    { ...valid, target: 0 },
    { stages: valid.stages },
    { ...valid, stages: [{ ...stage(0), conversionPct: 101 }, ...valid.stages.slice(1)] },
    { ...valid, stages: [{ ...stage(0), count: -1 }, ...valid.stages.slice(1)] },
    { ...valid, stages: [{ ...stage(0), count: 2.5 }, ...valid.stages.slice(1)] },
    { ...valid, stages: [stage(0), stage(0), stage(2)] },
    "all of them",
    42,
  );
}
