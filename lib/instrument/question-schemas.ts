// The zod schema of one question's answer, derived from its definition. Nothing here is written per question:
// bounds, option codes, lengths and units all come from the instrument data.
import { z } from "zod";
import type { ChoiceQuestion, PipelineQuestion, Question, TextQuestion } from "./definition";
import { MESSAGES, numberMessages, type NumberRule } from "./messages";

/** One issue at most per number, so a field never shows two messages that say the same thing. */
function boundedNumber(rule: NumberRule, messages = numberMessages(rule)) {
  return z.number({ error: messages.type }).superRefine((n, ctx) => {
    if (n < rule.min || (rule.integer && !Number.isInteger(n))) {
      ctx.addIssue({ code: "custom", message: messages.low, input: n });
    } else if (n > rule.max) {
      ctx.addIssue({ code: "custom", message: messages.high, input: n });
    }
  });
}

function choiceSchema(question: ChoiceQuestion) {
  const codes = question.options.map((option) => option.value) as [string, ...string[]];
  return z.enum(codes, {
    error: (issue) => (issue.input === undefined ? MESSAGES.chooseAnswer : MESSAGES.chooseListed),
  });
}

function textSchema(question: TextQuestion) {
  const base = question.format === "email" ? z.email({ error: MESSAGES.email }) : z.string({ error: MESSAGES.enterText });
  return base.max(question.maxLength, { error: MESSAGES.tooLong(question.maxLength) });
}

export function pipelineAnswerSchema(question: PipelineQuestion) {
  const stageNumber = (max: number, integer: boolean, message: string) =>
    boundedNumber({ unit: "deals", min: 0, max, integer }, { type: message, low: message, high: message });
  const value = numberMessages({ unit: "currency", min: 0, max: question.maxValue, integer: false });
  const stage = z.strictObject(
    {
      name: z
        .string({ error: MESSAGES.stageName })
        .min(1, { error: MESSAGES.stageName })
        .max(question.stageNameMaxLength, { error: MESSAGES.tooLong(question.stageNameMaxLength) }),
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
          .min(question.minStages, { error: stagesMessage })
          .max(question.maxStages, { error: stagesMessage }),
        target: z
          .number({ error: MESSAGES.target })
          .positive({ error: MESSAGES.target })
          .max(question.maxValue, { error: value.high }),
      },
      { error: MESSAGES.pipelineShape },
    )
    .superRefine((pipeline, ctx) => {
      const seen = new Set<string>();
      pipeline.stages.forEach((entry, index) => {
        const key = entry.name.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["stages", index, "name"], message: MESSAGES.duplicateStage });
        seen.add(key);
        if (entry.count === 0 && entry.value > 0) {
          ctx.addIssue({ code: "custom", path: ["stages", index, "value"], message: MESSAGES.valueWithoutDeals("deals") });
        }
      });
    });
}

export type PipelineAnswer = z.infer<ReturnType<typeof pipelineAnswerSchema>>;
export type PipelineStage = PipelineAnswer["stages"][number];
/** The stored value of one answer; see the top of index.ts for which kind holds which shape. */
export type AnswerValue = string | number | boolean | PipelineAnswer;
export type Answers = Record<string, AnswerValue>;

export function questionAnswerSchema(question: Question): z.ZodType<AnswerValue> {
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
      return pipelineAnswerSchema(question);
  }
}
