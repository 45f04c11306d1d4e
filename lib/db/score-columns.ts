// A scored response as the Score row stores it: the published indices, the section scores, the categories and the
// peer keys copied from the response, so peer groups and the ScoreCount aggregate need no join.
import { z } from "zod";
import { instrument } from "@/lib/instrument";
import { scoreResponse, type ScoreResult } from "@/lib/scoring";

/** The "sectionScores" column: each Part C and D section's whole-percent score by section id, null if unanswered. */
export const SectionScoresColumnSchema = z.record(z.string(), z.int().min(0).max(100).nullable());
export type SectionScoresColumn = z.infer<typeof SectionScoresColumnSchema>;

export interface PeerKeys {
  industry: string | null;
  companySize: string | null;
}

/**
 * Scores stored answers. Every stored response is scored with the current instrument definition (there is one
 * version so far); a future instrument version will need its definition kept beside it to re-score old answers.
 */
export function scoreStoredAnswers(answers: unknown): ScoreResult {
  const record = answers !== null && typeof answers === "object" && !Array.isArray(answers) ? answers : {};
  return scoreResponse(record as Record<string, unknown>, instrument);
}

export function scoreColumns(result: ScoreResult, peers: PeerKeys) {
  return {
    scoringVersion: result.scoringVersion,
    overall: result.overall,
    valueIndex: result.indices.value.score,
    numberIndex: result.indices.number.score,
    winRateIndex: result.indices.winRate.score,
    salesCycleIndex: result.indices.salesCycle.score,
    personalIndex: result.indices.personal.score,
    companyCategory: result.companyCategory?.id ?? null,
    personalCategory: result.personalCategory?.id ?? null,
    sectionScores: sectionScoresColumn(result),
    industry: peers.industry,
    companySize: peers.companySize,
  };
}

export function sectionScoresColumn(result: ScoreResult): SectionScoresColumn {
  return Object.fromEntries(result.sectionScores.map((section) => [section.sectionId, section.score]));
}
