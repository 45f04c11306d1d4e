// Completed responses for the public-benchmark tests, stored through the API's submit path, each with a profile
// (the four peer keys) and a score level: level 0 answers every Part C choice worst, 1 best, and in between the first
// share of them best (Part D in the middle), so a higher level gives a higher (or equal) overall index.
import { expect } from "vitest";
import { PART_A_IDS, ResponseAnswersSchema, instrument, type Answers } from "@/lib/instrument";
import { submitResponse } from "@/lib/responses/api-submission";
import { answerFor, buildAnswers } from "./answer-fixtures";

export interface Profile {
  industry: string;
  companySize: string;
  region: string;
  salesModel: string;
}

export interface StoredResponse {
  id: string;
  overall: number;
}

const SCORED_CHOICES = instrument.sections
  .filter((section) => section.part === "C")
  .flatMap((section) => section.questions.filter((question) => question.kind === "choice"));

export function answersAt(level: number, profile: Profile): Answers {
  const best = Math.round(level * SCORED_CHOICES.length);
  const answers: Answers = {
    ...buildAnswers("middle"),
    [PART_A_IDS.industry]: profile.industry,
    [PART_A_IDS.companySize]: profile.companySize,
    [PART_A_IDS.region]: profile.region,
    [PART_A_IDS.salesModel]: profile.salesModel,
  };
  SCORED_CHOICES.forEach((question, i) => (answers[question.id] = answerFor(question, i < best ? "best" : "worst")));
  return ResponseAnswersSchema.parse(answers);
}

/** Stores one response per level, one after the other, and returns each one's id and overall index. */
export async function storeResponses(profile: Profile, levels: readonly number[]): Promise<StoredResponse[]> {
  const stored: StoredResponse[] = [];
  for (const level of levels) {
    const outcome = await submitResponse({ answers: answersAt(level, profile) });
    if (outcome.status !== "created") throw new Error(`submission ${outcome.status}`);
    expect(outcome.submission.scores.overall).not.toBeNull();
    stored.push({ id: outcome.submission.responseId, overall: outcome.submission.scores.overall! });
  }
  return stored;
}

/** `count` levels spread evenly over 0–1. */
export const spreadLevels = (count: number) => Array.from({ length: count }, (_, i) => (count === 1 ? 0.5 : i / (count - 1)));
