// The rules of the team dashboard that are not arithmetic (docs/decisions/030-team-mode.md): who counts as a manager
// or a seller, which questions a perception gap is measured on, and the disclosure thresholds besides TEAM_MIN_MEMBERS.
import { PART_A_IDS, instrument, sectionsOfPart, type ChoiceQuestion, type Instrument, type Section } from "@/lib/instrument";

/** The role answers (a.profile.role) that put a member on each side of the managers-versus-sellers comparison. */
export const MANAGER_ROLES: ReadonlySet<string> = new Set(["executive", "sales-leader", "first-line-manager"]);
export const SELLER_ROLES: ReadonlySet<string> = new Set(["seller"]);
export const ROLE_QUESTION_ID = PART_A_IDS.role;

/**
 * p25 and p75 are published only from this many times the minimum: with linear interpolation the three quartiles of
 * three scores give back all three scores, and of five scores three of them exactly.
 */
export const QUARTILE_FACTOR = 2;

/** The members' personal indices are shown as counts per band of this many points, never as exact scores. */
export const DISTRIBUTION_BIN_WIDTH = 10;
export const DISTRIBUTION_BINS = 10;

/** How many of the largest gaps get a sentence at the top of the dashboard. */
export const TOP_GAP_COUNT = 5;

/** The profile questions the leader's answers set for the whole team (prefilled, read-only for members). */
export const TEAM_PROFILE_IDS = [PART_A_IDS.industry, PART_A_IDS.companySize, PART_A_IDS.region, PART_A_IDS.salesModel] as const;

/**
 * Perception gaps are measured on Part C, the company as each person sees it; Part D is each person's own practice, so a
 * difference there is not a difference of view. Only ordinal questions: every option scored, so their order is a scale.
 */
export function gapSections(source: Instrument = instrument): Section[] {
  return sectionsOfPart("C", source);
}

export function isOrdinal(question: Section["questions"][number]): question is ChoiceQuestion {
  return question.kind === "choice" && question.options.every((option) => option.score !== undefined);
}

export function gapQuestions(source: Instrument = instrument): ChoiceQuestion[] {
  return gapSections(source).flatMap((section) => section.questions.filter(isOrdinal));
}

/** An answer's place on its question's scale, 1 for the first (weakest) option; null when not one of its options. */
export function optionPosition(question: ChoiceQuestion, answer: unknown): number | null {
  const index = question.options.findIndex((option) => option.value === answer);
  return index < 0 ? null : index + 1;
}
