// The shape of the survey definition itself. The instrument is data; these schemas let a test (and any future
// editor of the data) check that the data is well formed, and give every consumer one set of types.
import { z } from "zod";

export const COMPANY_INDICES = ["value", "number", "winRate", "salesCycle"] as const;
export const SCORE_INDICES = [...COMPANY_INDICES, "personal"] as const;
export const PART_IDS = ["A", "B", "C", "D", "E"] as const;
export const SCALE_IDS = ["agreement", "importance", "share-of-time", "frequency", "custom"] as const;
export const NUMBER_UNITS = ["opportunities", "deals", "currency", "days", "percent"] as const;

export const ScoreIndexSchema = z.enum(SCORE_INDICES);
export const PartIdSchema = z.enum(PART_IDS);
export const ScaleIdSchema = z.enum(SCALE_IDS);
export const NumberUnitSchema = z.enum(NUMBER_UNITS);

// Codes are stored in responses for years, so they are restricted to a form that survives any transport.
const codePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const idPattern = /^[a-z]\.[a-z0-9-]+(\.[a-z0-9-]+)?$/;

export const OptionSchema = z.strictObject({
  value: z.string().regex(codePattern),
  label: z.string().min(1),
  /** Present only on scored questions: 0 is the weakest answer, 1 the strongest. */
  score: z.number().min(0).max(1).optional(),
});

export const ScoringWeightSchema = z.strictObject({
  index: ScoreIndexSchema,
  weight: z.number().positive(),
});

const questionBase = {
  id: z.string().regex(idPattern),
  label: z.string().min(1),
  help: z.string().min(1),
  required: z.boolean(),
  /** Typical answering time, summed per section so the form can show the minutes left. */
  seconds: z.int().positive(),
  /** Empty for questions that describe rather than score (firmographics, sales numbers, stage picks). */
  scoring: z.array(ScoringWeightSchema),
};

export const ChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("choice"),
  scale: ScaleIdSchema,
  options: z.array(OptionSchema).min(2),
});

export const NumberQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("number"),
  unit: NumberUnitSchema,
  min: z.number(),
  max: z.number(),
  integer: z.boolean(),
});

export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("text"),
  format: z.enum(["plain", "email"]),
  maxLength: z.int().positive(),
  /** The HTML autocomplete token, so browsers and password managers can fill it. */
  autocomplete: z.string().min(1),
});

export const ConsentQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("consent"),
  /** What an unanswered box means, and how the form shows it at first: unticked (false) unless given. */
  default: z.boolean().optional(),
});

export const PipelineQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal("pipeline"),
  minStages: z.int().positive(),
  maxStages: z.int().positive(),
  suggestedStages: z.array(z.string().min(1)).min(1),
  stageNameMaxLength: z.int().positive(),
  maxDealCount: z.int().positive(),
  maxValue: z.number().positive(),
  /** The target's own label and help: they name its period, which the report's coverage is measured against. */
  targetLabel: z.string().min(1),
  targetHelp: z.string().min(1),
});

export const QuestionSchema = z.discriminatedUnion("kind", [
  ChoiceQuestionSchema,
  NumberQuestionSchema,
  TextQuestionSchema,
  ConsentQuestionSchema,
  PipelineQuestionSchema,
]);

export const SectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z]\.[a-z0-9-]+$/),
  part: PartIdSchema,
  title: z.string().min(1),
  intro: z.string().min(1),
  questions: z.array(QuestionSchema).min(1),
  estimatedSeconds: z.int().positive(),
});

export const PartSchema = z.strictObject({
  id: PartIdSchema,
  title: z.string().min(1),
  intro: z.string().min(1),
  optional: z.boolean(),
});

export const InstrumentSchema = z.strictObject({
  id: z.literal("dealmaker-index"),
  version: z.string().regex(/^\d{4}\.\d+$/),
  parts: z.array(PartSchema).min(1),
  sections: z.array(SectionSchema).min(1),
});

export type ScoreIndex = z.infer<typeof ScoreIndexSchema>;
export type CompanyIndex = (typeof COMPANY_INDICES)[number];
export type PartId = z.infer<typeof PartIdSchema>;
export type ScaleId = z.infer<typeof ScaleIdSchema>;
export type NumberUnit = z.infer<typeof NumberUnitSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type ScoringWeight = z.infer<typeof ScoringWeightSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>;
export type TextQuestion = z.infer<typeof TextQuestionSchema>;
export type ConsentQuestion = z.infer<typeof ConsentQuestionSchema>;
export type PipelineQuestion = z.infer<typeof PipelineQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionKind = Question["kind"];
export type Section = z.infer<typeof SectionSchema>;
export type Part = z.infer<typeof PartSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
