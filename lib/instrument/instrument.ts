// The versioned instrument and the lookups every consumer needs. Any change to a question id, option code,
// score or weight is a new version: stored responses and scores name the version they were made with.
import type { Instrument, Part, Question, ScoreIndex, Section } from "./definition";
import { contactSection, profileSection } from "./part-a";
import { numbersSection } from "./part-b";
import { differentiationSection, methodologySection, retentionSection, revenueSection } from "./part-c-execution";
import { alignmentSection, coachingSection, processSection, socialSection, velocitySection } from "./part-c-foundations";
import { engagementSection, perspectiveSection, systemsSection } from "./part-d";
import { pipelineSection } from "./part-e";

export const INSTRUMENT_ID = "dealmaker-index";
/** 2026.2: the Part E target is next quarter's (2026.1 asked for "the coming period" and named none). */
export const INSTRUMENT_VERSION = "2026.2";

const parts: Part[] = [
  {
    id: "A",
    title: "About you and your company",
    intro: "Your role and your company's profile, used to find your peer group.",
    optional: false,
  },
  {
    id: "B",
    title: "Your sales numbers",
    intro: "Your results over the last 12 months, as far as you know them.",
    optional: false,
  },
  {
    id: "C",
    title: "Company competencies",
    intro: "How your company sells, across nine areas that drive sales performance.",
    optional: false,
  },
  {
    id: "D",
    title: "Your personal practice",
    intro: "How you yourself sell, for your personal Dealmaker Index.",
    optional: false,
  },
  {
    id: "E",
    title: "Pipeline snapshot",
    intro: "An optional look at your pipeline stages and whether they hold enough for next quarter's target.",
    optional: true,
  },
];

export const instrument: Instrument = {
  id: INSTRUMENT_ID,
  version: INSTRUMENT_VERSION,
  parts,
  sections: [
    profileSection,
    contactSection,
    numbersSection,
    alignmentSection,
    processSection,
    velocitySection,
    coachingSection,
    socialSection,
    retentionSection,
    differentiationSection,
    methodologySection,
    revenueSection,
    engagementSection,
    perspectiveSection,
    systemsSection,
    pipelineSection,
  ],
};

export function allQuestions(source: Instrument = instrument): Question[] {
  return source.sections.flatMap((section) => section.questions);
}

const questionIndexes = new WeakMap<Instrument, Map<string, Question>>();

export function findQuestion(id: string, source: Instrument = instrument): Question | undefined {
  let byId = questionIndexes.get(source);
  if (!byId) {
    byId = new Map(allQuestions(source).map((question) => [question.id, question]));
    questionIndexes.set(source, byId);
  }
  return byId.get(id);
}

export function findSection(id: string, source: Instrument = instrument): Section | undefined {
  return source.sections.find((section) => section.id === id);
}

export function sectionOfQuestion(questionId: string, source: Instrument = instrument): Section | undefined {
  return source.sections.find((section) => section.questions.some((question) => question.id === questionId));
}

export function sectionsOfPart(partId: Part["id"], source: Instrument = instrument): Section[] {
  return source.sections.filter((section) => section.part === partId);
}

/** Questions that feed an index, with the weight they carry there. */
export function questionsForIndex(index: ScoreIndex, source: Instrument = instrument) {
  return allQuestions(source).flatMap((question) =>
    question.scoring.filter((entry) => entry.index === index).map((entry) => ({ question, weight: entry.weight })),
  );
}

/**
 * How much a question moves the indices overall: the sum of its weights. The report's KEEP / CHANGE / STOP
 * rule ranks candidate actions by this, so a decisive practice outranks a supporting one.
 */
export function questionImpact(question: Question): number {
  return question.scoring.reduce((total, entry) => total + entry.weight, 0);
}

/** Estimated seconds still ahead when the participant starts the given step (that step included). */
export function secondsRemaining(fromSectionId: string, source: Instrument = instrument): number {
  const start = source.sections.findIndex((section) => section.id === fromSectionId);
  if (start < 0) return 0;
  return source.sections.slice(start).reduce((total, section) => total + section.estimatedSeconds, 0);
}

export function totalEstimatedSeconds(source: Instrument = instrument): number {
  return source.sections.reduce((total, section) => total + section.estimatedSeconds, 0);
}
