/**
 * The Dealmaker Index survey instrument: versioned data plus the zod schemas derived from it. Pure: no React,
 * no database, no clock, no randomness. The form, the server, the scoring engine and the report all read it.
 *
 * Shape of the data
 * - `instrument = { id: "dealmaker-index", version: INSTRUMENT_VERSION, parts, sections }`. `sections` is in
 *   form order: one section is one form step. Parts A (profile, contact), B (sales numbers), C (nine company
 *   competency sections), D (three personal practice sections), E (optional pipeline snapshot).
 * - A question has a stable `id` ("c.process.mapped-to-buyer": part letter, section, item), a `kind`, `label`,
 *   `help`, `required`, `seconds` (answering time; a section's `estimatedSeconds` is their sum) and `scoring`:
 *   `[{ index, weight }]` with index one of value | number | winRate | salesCycle | personal. Unscored
 *   questions have `scoring: []`. `questionImpact(question)` (sum of weights) ranks KEEP/CHANGE/STOP actions.
 * - kind "choice": `scale` (agreement | importance | share-of-time | frequency | custom) and `options`
 *   `[{ value, label, score? }]`, listed weakest first; on scored questions every option has a score in
 *   [0, 1], rising along the list, from exactly 0 to exactly 1. "Not sure" is an option like any other.
 *   kind "number": `unit`, `min`, `max`, `integer`. kind "text": `format` (plain | email), `maxLength`,
 *   `autocomplete`. kind "consent": a checkbox. kind "pipeline": stage limits and suggested stage names.
 *
 * Shape of the answers (plain JSON, stored as-is in Postgres and posted over HTTP)
 * - An object keyed by question id. choice → the option's `value` code (string); number → number;
 *   text → string (trimmed); consent → boolean; pipeline →
 *   `{ stages: [{ name, count, value, conversionPct }], target }` with 3–12 stages, conversion in percent.
 * - An unanswered question is an absent key. The schemas also accept `''`, `null`, `NaN` (what HTML forms and
 *   react-hook-form send for empty fields) and a pipeline with no stages and no target, and treat them as
 *   absent: the parsed output never contains them. Numbers must be numbers: "12" is rejected, not coerced.
 * - Schemas: `sectionAnswersSchema(section)` for one step, `responseAnswersSchema(instrument)` (and
 *   `ResponseAnswersSchema` for the current version) for a full response, `draftAnswersSchema(instrument)` /
 *   `DraftAnswersSchema` for autosave. Every issue's path starts with the question id, e.g.
 *   `["b.numbers.won-value"]` or `["e.pipeline.snapshot", "stages", 2, "count"]`. Question ids contain dots,
 *   so a react-hook-form form must not use them directly as field names (it would read them as nested paths).
 * - The survey form checks a step with `checkStep` from `./client-step-check` (imported directly, without zod),
 *   which gives the same verdict as `sectionAnswersSchema` (proven by its test); the server re-checks with zod.
 */
export * from "./definition";
export * from "./scales";
export {
  INSTRUMENT_ID,
  INSTRUMENT_VERSION,
  instrument,
  allQuestions,
  findQuestion,
  findSection,
  sectionOfQuestion,
  sectionsOfPart,
  questionsForIndex,
  questionImpact,
  secondsRemaining,
  totalEstimatedSeconds,
} from "./instrument";
export {
  PART_A_IDS,
  CONTACT_FIELD_IDS,
  NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  COMPANY_NAME_MAX_LENGTH,
} from "./part-a";
export {
  PART_B_IDS,
  COUNT_VALUE_PAIRS,
  MAX_DEAL_COUNT,
  MAX_MONEY_VALUE,
  MIN_CYCLE_DAYS,
  MAX_CYCLE_DAYS,
  MAX_QUOTA_ATTAINMENT_PERCENT,
} from "./part-b";
export { PIPELINE_QUESTION_ID, STAGE_NAME_MAX_LENGTH } from "./part-e";
export { POOL_DEFAULT, joinsPool } from "./pool";
export {
  questionAnswerSchema,
  pipelineAnswerSchema,
  type AnswerValue,
  type Answers,
  type PipelineAnswer,
  type PipelineStage,
} from "./question-schemas";
export {
  sectionAnswersSchema,
  responseAnswersSchema,
  draftAnswersSchema,
  ResponseAnswersSchema,
  DraftAnswersSchema,
  type AnswersInput,
  type AnswersSchema,
} from "./answer-schemas";
export { CROSS_FIELD_RULES } from "./cross-field-rules";
export { MESSAGES } from "./messages";
export { carriedOverAnswers, type CarriedOver } from "./carry-over";
