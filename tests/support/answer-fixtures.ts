// Test fixture builder: a complete, valid set of answers picked by rule. Shared by the instrument, scoring and
// report tests, so "all best answers" means the same thing everywhere.
import type { Instrument, NumberQuestion, Question, TextQuestion } from "@/lib/instrument/definition";
import { instrument as currentInstrument } from "@/lib/instrument/instrument";
import type { AnswerValue, Answers, PipelineAnswer } from "@/lib/instrument/question-schemas";

/** best: highest-scoring option; worst: lowest-scoring; middle: the option in the middle of the list. */
export type AnswerPick = "best" | "worst" | "middle";

export interface BuildAnswersOptions {
  /** Also answer optional questions (sales numbers, contact details with consent, pipeline). Default true. */
  includeOptional?: boolean;
  source?: Instrument;
}

/** Plausible, mutually consistent figures for a mid-sized team. */
const NUMBER_BY_UNIT: Record<NumberQuestion["unit"], number> = {
  opportunities: 120,
  deals: 30,
  currency: 1_500_000,
  days: 90,
  percent: 85,
};

const TEXT_BY_AUTOCOMPLETE: Record<string, string> = {
  name: "Alex Morgan",
  email: "alex.morgan@example.com",
  organization: "Example Trading Ltd",
};

function textAnswer(question: TextQuestion): string {
  const text = TEXT_BY_AUTOCOMPLETE[question.autocomplete] ?? "Example answer";
  return text.slice(0, question.maxLength);
}

export function examplePipeline(stageNames: readonly string[]): PipelineAnswer {
  const last = stageNames.length - 1;
  return {
    stages: stageNames.map((name, index) => ({
      name,
      count: 60 - index * 8,
      value: (60 - index * 8) * 50_000,
      conversionPct: Math.round(10 + (80 * index) / Math.max(last, 1)),
    })),
    target: 2_000_000,
  };
}

function pickOption(question: Extract<Question, { kind: "choice" }>, pick: AnswerPick): string {
  const { options } = question;
  const scored = options.every((option) => option.score !== undefined);
  const ranked = scored ? [...options].sort((a, b) => (a.score ?? 0) - (b.score ?? 0)) : options;
  // The definition schema guarantees at least two options, so every index below exists.
  if (pick === "best") return ranked.at(-1)!.value;
  if (pick === "worst") return ranked[0]!.value;
  return options[Math.floor(options.length / 2)]!.value;
}

export function answerFor(question: Question, pick: AnswerPick): AnswerValue {
  switch (question.kind) {
    case "choice":
      return pickOption(question, pick);
    case "number":
      return Math.min(question.max, Math.max(question.min, NUMBER_BY_UNIT[question.unit]));
    case "text":
      return textAnswer(question);
    case "consent":
      return true;
    case "pipeline":
      return examplePipeline(question.suggestedStages);
  }
}

/** A complete response that passes `responseAnswersSchema`, e.g. `buildAnswers("worst")` for an all-0 score. */
export function buildAnswers(pick: AnswerPick = "best", options: BuildAnswersOptions = {}): Answers {
  const { includeOptional = true, source = currentInstrument } = options;
  const answers: Answers = {};
  for (const question of source.sections.flatMap((section) => section.questions)) {
    if (question.required || includeOptional) answers[question.id] = answerFor(question, pick);
  }
  return answers;
}

/** The answers that belong to one section, e.g. to post a single form step. */
export function sliceAnswers(answers: Answers, questionIds: readonly string[]): Answers {
  const slice: Answers = {};
  for (const id of questionIds) {
    const value = answers[id];
    if (value !== undefined) slice[id] = value;
  }
  return slice;
}
