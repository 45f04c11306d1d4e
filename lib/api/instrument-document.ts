// The instrument as the API publishes it: what a program needs to ask the questions and send valid answers (ids,
// kinds, prompts, allowed values and limits), without the scoring weights, which live in docs/methodology.md.
import type { Instrument, Question } from "@/lib/instrument";
import type { InstrumentDocument } from "./schemas";

type QuestionDocument = InstrumentDocument["sections"][number]["questions"][number];

function questionDocument(question: Question): QuestionDocument {
  const base = { id: question.id, kind: question.kind, prompt: question.label, help: question.help, required: question.required };
  switch (question.kind) {
    case "choice":
      return { ...base, options: question.options.map(({ value, label }) => ({ value, label })) };
    case "number":
      return { ...base, min: question.min, max: question.max, unit: question.unit, integer: question.integer };
    case "text":
      return { ...base, maxLength: question.maxLength, format: question.format };
    case "pipeline":
      return { ...base, minStages: question.minStages, maxStages: question.maxStages, max: question.maxValue, targetPrompt: question.targetLabel };
    case "consent":
      return question.default === undefined ? base : { ...base, default: question.default };
  }
}

export function instrumentDocument(source: Instrument): InstrumentDocument {
  return {
    version: source.version,
    sections: source.sections.map((section) => ({
      id: section.id,
      part: section.part,
      title: section.title,
      intro: section.intro,
      questions: section.questions.map(questionDocument),
    })),
  };
}
