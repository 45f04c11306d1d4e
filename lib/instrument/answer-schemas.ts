// Schemas for sets of answers: one form step, a whole response, and an autosaved draft. All three are built
// from the instrument data by one function, so the client form and the server can never disagree.
import { z } from "zod";
import { isRecord, normaliseAnswers } from "./blank";
import { rulesForSections, type CrossFieldRule } from "./cross-field-rules";
import type { Instrument, Question, Section } from "./definition";
import { instrument as currentInstrument } from "./instrument";
import { MESSAGES } from "./messages";
import { questionAnswerSchema, type Answers } from "./question-schemas";

/** What a client may send: blanks ('', null, NaN) are accepted here and removed before validation. */
export type AnswersInput = Record<string, unknown>;
export type AnswersSchema = z.ZodType<Answers, AnswersInput>;

interface Options {
  /** Drafts are saved while the participant is still typing, so they enforce neither. */
  enforceRequired: boolean;
  rules: readonly CrossFieldRule[];
  unknownMessage: string;
}

function buildAnswersSchema(questions: readonly Question[], options: Options): AnswersSchema {
  const shape: Record<string, z.ZodType> = {};
  for (const question of questions) {
    const schema = questionAnswerSchema(question);
    shape[question.id] = question.required && options.enforceRequired ? schema : schema.optional();
  }
  const known = new Set(Object.keys(shape));
  const pipelineIds = new Set(questions.filter((q) => q.kind === "pipeline").map((q) => q.id));
  const object = z
    .looseObject(shape, { error: "Send the answers as an object keyed by question id" })
    .superRefine(
      (answers, ctx) => {
        if (!isRecord(answers)) return;
        for (const key of Object.keys(answers)) {
          if (!known.has(key)) ctx.addIssue({ code: "custom", path: [key], message: options.unknownMessage });
        }
        const report = (id: string, message: string) => ctx.addIssue({ code: "custom", path: [id], message });
        for (const rule of options.rules) rule(answers, report);
      },
      // Run even when a field failed, so the participant sees every problem on the step at once.
      { when: () => true },
    );
  return z.preprocess((input) => normaliseAnswers(input, pipelineIds), object) as unknown as AnswersSchema;
}

const sectionSchemas = new WeakMap<Section, AnswersSchema>();

/** One form step: answers to this section's questions only, with its required questions and its rules. */
export function sectionAnswersSchema(section: Section): AnswersSchema {
  let schema = sectionSchemas.get(section);
  if (!schema) {
    schema = buildAnswersSchema(section.questions, {
      enforceRequired: true,
      rules: rulesForSections([section.id]),
      unknownMessage: MESSAGES.notInStep,
    });
    sectionSchemas.set(section, schema);
  }
  return schema;
}

const responseSchemas = new WeakMap<Instrument, AnswersSchema>();

/** A complete response: every section, every required question, every rule. */
export function responseAnswersSchema(source: Instrument): AnswersSchema {
  let schema = responseSchemas.get(source);
  if (!schema) {
    schema = buildAnswersSchema(
      source.sections.flatMap((section) => section.questions),
      {
        enforceRequired: true,
        rules: rulesForSections(source.sections.map((section) => section.id)),
        unknownMessage: MESSAGES.notInSurvey,
      },
    );
    responseSchemas.set(source, schema);
  }
  return schema;
}

const draftSchemas = new WeakMap<Instrument, AnswersSchema>();

/**
 * An autosaved draft: any subset of questions from any sections. Each value that is present must still be
 * valid (so nothing unusable is stored), but missing answers and cross-field rules wait for the step or
 * final submission.
 */
export function draftAnswersSchema(source: Instrument): AnswersSchema {
  let schema = draftSchemas.get(source);
  if (!schema) {
    schema = buildAnswersSchema(
      source.sections.flatMap((section) => section.questions),
      { enforceRequired: false, rules: [], unknownMessage: MESSAGES.notInSurvey },
    );
    draftSchemas.set(source, schema);
  }
  return schema;
}

export const ResponseAnswersSchema = responseAnswersSchema(currentInstrument);
export const DraftAnswersSchema = draftAnswersSchema(currentInstrument);
