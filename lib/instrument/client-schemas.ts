// The survey form's own copy of one step's answer schema, built with zod/mini (a few kB) instead of full zod (about
// 30 kB gzip) so the survey page stays light. It mirrors question-schemas.ts and answer-schemas.ts rule for rule,
// from the same section data, messages and cross-field rules; the server keeps the full schemas and is the
// authority for every write. client-schemas.test.ts proves the two accept and refuse the same answers with the
// same messages. Import it directly (not through index.ts), so the client does not load the whole instrument.
import * as z from "zod/mini";
import { isRecord, normaliseAnswers } from "./blank";
import { rulesForSections } from "./cross-field-rules";
import type { ChoiceQuestion, PipelineQuestion, Question, Section, TextQuestion } from "./definition";
import { MESSAGES, numberMessages, type NumberRule } from "./messages";
import type { AnswerValue, Answers } from "./question-schemas";

export type ClientAnswersSchema = z.ZodMiniType<Answers, Record<string, unknown>>;

function boundedNumber(rule: NumberRule, messages = numberMessages(rule)) {
  return z.number({ error: messages.type }).check(
    z.superRefine((n: number, ctx) => {
      if (n < rule.min || (rule.integer && !Number.isInteger(n))) {
        ctx.addIssue({ code: "custom", message: messages.low, input: n });
      } else if (n > rule.max) {
        ctx.addIssue({ code: "custom", message: messages.high, input: n });
      }
    }),
  );
}

function choiceSchema(question: ChoiceQuestion) {
  const codes = question.options.map((option) => option.value) as [string, ...string[]];
  return z.enum(codes, {
    error: (issue) => (issue.input === undefined ? MESSAGES.chooseAnswer : MESSAGES.chooseListed),
  });
}

function textSchema(question: TextQuestion) {
  const base = question.format === "email" ? z.email({ error: MESSAGES.email }) : z.string({ error: MESSAGES.enterText });
  return base.check(z.maxLength(question.maxLength, { error: MESSAGES.tooLong(question.maxLength) }));
}

function pipelineSchema(question: PipelineQuestion) {
  const stageNumber = (max: number, integer: boolean, message: string) =>
    boundedNumber({ unit: "deals", min: 0, max, integer }, { type: message, low: message, high: message });
  const value = numberMessages({ unit: "currency", min: 0, max: question.maxValue, integer: false });
  const stage = z.strictObject(
    {
      name: z
        .string({ error: MESSAGES.stageName })
        .check(
          z.minLength(1, { error: MESSAGES.stageName }),
          z.maxLength(question.stageNameMaxLength, { error: MESSAGES.tooLong(question.stageNameMaxLength) }),
        ),
      count: stageNumber(question.maxDealCount, true, MESSAGES.stageCount),
      value: boundedNumber({ unit: "currency", min: 0, max: question.maxValue, integer: false }, value),
      conversionPct: stageNumber(100, false, MESSAGES.stageConversion),
    },
    { error: MESSAGES.stageShape },
  );
  const stagesMessage = MESSAGES.stages(question.minStages, question.maxStages);
  return z
    .strictObject(
      {
        stages: z
          .array(stage, { error: MESSAGES.stagesMissing })
          .check(z.minLength(question.minStages, { error: stagesMessage }), z.maxLength(question.maxStages, { error: stagesMessage })),
        target: z
          .number({ error: MESSAGES.target })
          .check(z.positive({ error: MESSAGES.target }), z.lte(question.maxValue, { error: value.high })),
      },
      { error: MESSAGES.pipelineShape },
    )
    .check(
      z.superRefine((pipeline, ctx) => {
        const seen = new Set<string>();
        pipeline.stages.forEach((entry, index) => {
          const key = entry.name.toLowerCase();
          if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["stages", index, "name"], message: MESSAGES.duplicateStage });
          seen.add(key);
          if (entry.count === 0 && entry.value > 0) {
            ctx.addIssue({ code: "custom", path: ["stages", index, "value"], message: MESSAGES.valueWithoutDeals("deals") });
          }
        });
      }),
    );
}

function questionSchema(question: Question): z.ZodMiniType<AnswerValue> {
  switch (question.kind) {
    case "choice":
      return choiceSchema(question);
    case "number":
      return boundedNumber(question);
    case "text":
      return textSchema(question);
    case "consent":
      return z.boolean({ error: MESSAGES.consent });
    case "pipeline":
      return pipelineSchema(question);
  }
}

const schemas = new WeakMap<Section, ClientAnswersSchema>();

/** One form step, as `sectionAnswersSchema(section)` on the server: required questions, the step's rules. */
export function clientSectionSchema(section: Section): ClientAnswersSchema {
  const cached = schemas.get(section);
  if (cached) return cached;
  const shape: Record<string, z.ZodMiniType> = {};
  for (const question of section.questions) {
    const schema = questionSchema(question);
    shape[question.id] = question.required ? schema : z.optional(schema);
  }
  const known = new Set(Object.keys(shape));
  const pipelineIds = new Set(section.questions.filter((q) => q.kind === "pipeline").map((q) => q.id));
  const rules = rulesForSections([section.id]);
  const object = z.looseObject(shape, { error: "Send the answers as an object keyed by question id" }).check(
    z.superRefine(
      (answers, ctx) => {
        if (!isRecord(answers)) return;
        for (const key of Object.keys(answers)) {
          if (!known.has(key)) ctx.addIssue({ code: "custom", path: [key], message: MESSAGES.notInStep });
        }
        const report = (id: string, message: string) => ctx.addIssue({ code: "custom", path: [id], message });
        for (const rule of rules) rule(answers, report);
      },
      { when: () => true },
    ),
  );
  const schema = z.pipe(
    z.transform((input: unknown) => normaliseAnswers(input, pipelineIds)),
    object,
  ) as unknown as ClientAnswersSchema;
  schemas.set(section, schema);
  return schema;
}
