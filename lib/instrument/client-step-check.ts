// The survey form's check of one step, written without zod so the survey page stays light: full zod is about
// 30 kB gzip in the browser and zod/mini, as this build tree-shakes it, about 23 kB; this file is about 1 kB.
// It follows question-schemas.ts and answer-schemas.ts rule for rule, from the same section data, messages and
// cross-field rules, and returns what their safeParse returns (parsed answers, or issues with path and message in
// the same order). The server keeps the zod schemas and is the authority for every write;
// client-step-check.test.ts proves both give the same verdict. Import this file directly, not through index.ts.
import { isRecord, normaliseAnswers } from "./blank";
import { rulesForSections } from "./cross-field-rules";
import type { PipelineQuestion, Question, Section } from "./definition";
import { MESSAGES, numberMessages, type NumberRule } from "./messages";
import type { Answers } from "./question-schemas";

export type StepIssue = { path: (string | number)[]; message: string };
export type StepCheck = { success: true; data: Answers } | { success: false; issues: StepIssue[] };

/** Zod's email pattern (zod/v4/core/regexes.ts), so both sides accept the same addresses. */
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Collects issues like zod: `stop` marks one that ends checking of its value (a wrong type), as zod's abort does. */
class Issues {
  list: (StepIssue & { stop: boolean })[] = [];
  add(path: (string | number)[], message: string, stop = false) {
    this.list.push({ path, message, stop });
  }
  stoppedSince(start: number) {
    return this.list.slice(start).some((issue) => issue.stop);
  }
}

/** Strings are measured in code points, as zod measures them. */
const length = (text: string) => [...text].length;
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

function checkNumber(value: unknown, rule: NumberRule, path: (string | number)[], issues: Issues, messages = numberMessages(rule)) {
  if (!isNumber(value)) return issues.add(path, messages.type, true);
  if (value < rule.min || (rule.integer && !Number.isInteger(value))) issues.add(path, messages.low);
  else if (value > rule.max) issues.add(path, messages.high);
}

function checkUnknownKeys(value: Record<string, unknown>, keys: readonly string[], path: (string | number)[], message: string, issues: Issues) {
  if (Object.keys(value).some((key) => !keys.includes(key))) issues.add(path, message);
}

const STAGE_KEYS = ["name", "count", "value", "conversionPct"] as const;

function checkStage(stage: unknown, question: PipelineQuestion, path: (string | number)[], issues: Issues) {
  if (!isRecord(stage)) return issues.add(path, MESSAGES.stageShape, true);
  const name = stage.name;
  if (typeof name !== "string") issues.add([...path, "name"], MESSAGES.stageName, true);
  else if (length(name) < 1) issues.add([...path, "name"], MESSAGES.stageName);
  else if (length(name) > question.stageNameMaxLength) issues.add([...path, "name"], MESSAGES.tooLong(question.stageNameMaxLength));
  const stageNumber = (max: number, integer: boolean, message: string) => ({ rule: { unit: "deals" as const, min: 0, max, integer }, messages: { type: message, low: message, high: message } });
  const currency = { unit: "currency" as const, min: 0, max: question.maxValue, integer: false };
  const numbers = {
    count: stageNumber(question.maxDealCount, true, MESSAGES.stageCount),
    value: { rule: currency, messages: numberMessages(currency) },
    conversionPct: stageNumber(100, false, MESSAGES.stageConversion),
  };
  for (const [key, { rule, messages }] of Object.entries(numbers)) checkNumber(stage[key], rule, [...path, key], issues, messages);
  checkUnknownKeys(stage, STAGE_KEYS, path, MESSAGES.stageShape, issues);
}

function checkPipeline(value: unknown, question: PipelineQuestion, path: (string | number)[], issues: Issues) {
  if (!isRecord(value)) return issues.add(path, MESSAGES.pipelineShape, true);
  const start = issues.list.length;
  const stages = value.stages;
  const stagesMessage = MESSAGES.stages(question.minStages, question.maxStages);
  if (!Array.isArray(stages)) issues.add([...path, "stages"], MESSAGES.stagesMissing, true);
  // Zod checks no element of an over-long list and stops there.
  else if (stages.length > question.maxStages) issues.add([...path, "stages"], stagesMessage, true);
  else {
    stages.forEach((stage, index) => checkStage(stage, question, [...path, "stages", index], issues));
    if (stages.length < question.minStages) issues.add([...path, "stages"], stagesMessage);
  }
  const target = value.target;
  if (!isNumber(target)) issues.add([...path, "target"], MESSAGES.target, true);
  else if (target <= 0) issues.add([...path, "target"], MESSAGES.target);
  else if (target > question.maxValue) issues.add([...path, "target"], numberMessages({ ...question, unit: "currency", min: 0, max: question.maxValue, integer: false }).high);
  checkUnknownKeys(value, ["stages", "target"], path, MESSAGES.pipelineShape, issues);
  if (issues.stoppedSince(start)) return;
  const seen = new Set<string>();
  (stages as { name: string; count: number; value: number }[]).forEach((stage, index) => {
    const key = stage.name.toLowerCase();
    if (seen.has(key)) issues.add([...path, "stages", index, "name"], MESSAGES.duplicateStage);
    seen.add(key);
    if (stage.count === 0 && stage.value > 0) issues.add([...path, "stages", index, "value"], MESSAGES.valueWithoutDeals("deals"));
  });
}

/** The message for a required question left unanswered: what its schema says for a missing value. */
function missingMessage(question: Question): string {
  switch (question.kind) {
    case "choice":
      return MESSAGES.chooseAnswer;
    case "number":
      return numberMessages(question).type;
    case "text":
      return question.format === "email" ? MESSAGES.email : MESSAGES.enterText;
    case "consent":
      return MESSAGES.consent;
    case "pipeline":
      return MESSAGES.pipelineShape;
  }
}

function checkAnswer(question: Question, value: unknown, issues: Issues) {
  const path = [question.id];
  switch (question.kind) {
    case "choice":
      if (typeof value !== "string" || !question.options.some((option) => option.value === value)) issues.add(path, MESSAGES.chooseListed, true);
      return;
    case "number":
      return checkNumber(value, question, path, issues);
    case "text": {
      const email = question.format === "email";
      if (typeof value !== "string") return issues.add(path, email ? MESSAGES.email : MESSAGES.enterText, true);
      if (email && !EMAIL.test(value)) issues.add(path, MESSAGES.email);
      if (length(value) > question.maxLength) issues.add(path, MESSAGES.tooLong(question.maxLength));
      return;
    }
    case "consent":
      if (typeof value !== "boolean") issues.add(path, MESSAGES.consent, true);
      return;
    case "pipeline":
      return checkPipeline(value, question, path, issues);
  }
}

/** One form step, as `sectionAnswersSchema(section).safeParse(input)` on the server. */
export function checkStep(section: Section, input: unknown): StepCheck {
  if (!isRecord(input)) return { success: false, issues: [{ path: [], message: "Send the answers as an object keyed by question id" }] };
  const pipelineIds = new Set(section.questions.filter((q) => q.kind === "pipeline").map((q) => q.id));
  const answers = normaliseAnswers(input, pipelineIds) as Record<string, unknown>;
  const issues = new Issues();
  for (const question of section.questions) {
    const value = answers[question.id];
    if (value === undefined) {
      if (question.required) issues.add([question.id], missingMessage(question), true);
    } else checkAnswer(question, value, issues);
  }
  const known = section.questions.map((question) => question.id);
  for (const key of Object.keys(answers)) if (!known.includes(key)) issues.add([key], MESSAGES.notInStep);
  for (const rule of rulesForSections([section.id])) rule(answers, (id, message) => issues.add([id], message));
  if (issues.list.length) return { success: false, issues: issues.list.map(({ path, message }) => ({ path, message })) };
  return { success: true, data: answers as Answers };
}
