// Small constructors that keep the question data terse and uniform: defaults (answering time, required flag,
// scale options) live here once instead of being repeated on seventy questions.
import type {
  ChoiceQuestion,
  ConsentQuestion,
  NumberQuestion,
  Option,
  ScaleId,
  ScoreIndex,
  ScoringWeight,
  Section,
  TextQuestion,
} from "./definition";
import { AGREEMENT_OPTIONS, FREQUENCY_OPTIONS, IMPORTANCE_OPTIONS, SHARE_OF_TIME_OPTIONS } from "./scales";

/** Which index an answer feeds and how strongly, e.g. `{ winRate: 3, salesCycle: 1 }`. */
export type Weights = Partial<Record<ScoreIndex, number>>;

const SECONDS = { scale: 10, choice: 12, number: 25, text: 15, consent: 5 } as const;

function toScoring(weights: Weights): ScoringWeight[] {
  return Object.entries(weights).map(([index, weight]) => ({ index: index as ScoreIndex, weight: weight as number }));
}

function copyOptions(options: readonly Option[]): Option[] {
  return options.map((option) => ({ ...option }));
}

const SCALE_OPTIONS = {
  agreement: AGREEMENT_OPTIONS,
  importance: IMPORTANCE_OPTIONS,
  "share-of-time": SHARE_OF_TIME_OPTIONS,
  frequency: FREQUENCY_OPTIONS,
} as const;

/** A required, scored question on one of the shared scales. */
export function scaled(
  scale: Exclude<ScaleId, "custom">,
  id: string,
  label: string,
  help: string,
  weights: Weights,
): ChoiceQuestion {
  return {
    id,
    kind: "choice",
    scale,
    label,
    help,
    required: true,
    seconds: SECONDS.scale,
    scoring: toScoring(weights),
    options: copyOptions(SCALE_OPTIONS[scale]),
  };
}

/** An agreement statement: the most common item in Parts C and D. */
export function statement(id: string, label: string, help: string, weights: Weights): ChoiceQuestion {
  return scaled("agreement", id, label, help, weights);
}

export function importance(id: string, label: string, help: string, weights: Weights): ChoiceQuestion {
  return scaled("importance", id, label, help, weights);
}

export function choice(input: {
  id: string;
  label: string;
  help: string;
  options: readonly Option[];
  required?: boolean;
  weights?: Weights;
}): ChoiceQuestion {
  return {
    id: input.id,
    kind: "choice",
    scale: "custom",
    label: input.label,
    help: input.help,
    required: input.required ?? true,
    seconds: SECONDS.choice,
    scoring: toScoring(input.weights ?? {}),
    options: copyOptions(input.options),
  };
}

/** Sales figures are optional: many participants know some of them and not others. */
export function numberInput(input: Omit<NumberQuestion, "kind" | "required" | "seconds" | "scoring">): NumberQuestion {
  return { ...input, kind: "number", required: false, seconds: SECONDS.number, scoring: [] };
}

export function textInput(input: Omit<TextQuestion, "kind" | "required" | "seconds" | "scoring">): TextQuestion {
  return { ...input, kind: "text", required: false, seconds: SECONDS.text, scoring: [] };
}

export function consentInput(id: string, label: string, help: string, options: { default?: boolean } = {}): ConsentQuestion {
  return { id, kind: "consent", label, help, required: false, seconds: SECONDS.consent, scoring: [], ...options };
}

export function section(input: Omit<Section, "estimatedSeconds">): Section {
  const estimatedSeconds = input.questions.reduce((total, question) => total + question.seconds, 0);
  return { ...input, estimatedSeconds };
}
