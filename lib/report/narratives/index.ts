/**
 * The report's narrative library: paragraph templates as data (contract in `./types`).
 *
 * - `QUESTION_NARRATIVES`: one entry per Part C and Part D choice question, with a paragraph for every option
 *   code ("not-sure" and each importance level included) and, for scored questions, KEEP / CHANGE / STOP titles.
 *   Part C speaks to the sales leader ("your team"), Part D to the individual ("you").
 * - `INDEX_NARRATIVES`: the overall index (company bands), the four company sub-indices (revenue increase
 *   potential bands) and the personal index (personal bands), keyed by band name.
 * - Templates carry {placeholders} from `PLACEHOLDERS`, each figure in a sentence of its own, so a paragraph
 *   still reads when the renderer drops the sentence of a missing figure.
 * - A narrative's `variants` replace an answer's or a band's paragraph when a condition (`conditions.ts`) holds;
 *   those that fit the advice to the company's profile are kept by profile in `variants-*.ts` and merged in by
 *   `profile-variants.ts`. The perception-gap rules (`perception-gaps.ts`) replace a paragraph the participant's
 *   figures contradict.
 * - `NARRATIVE_VERSION` is stored with every report document; bump it whenever any text changes.
 */
import { INDEX_NARRATIVE_LIST } from "./indices";
import { ALIGNMENT_PROCESS_NARRATIVES } from "./part-c-alignment-process";
import { COACHING_SOCIAL_NARRATIVES } from "./part-c-coaching-social";
import { DIFFERENTIATION_NARRATIVES } from "./part-c-differentiation";
import { METHODOLOGY_REVENUE_NARRATIVES } from "./part-c-methodology-revenue";
import { RETENTION_NARRATIVES } from "./part-c-retention";
import { VELOCITY_NARRATIVES } from "./part-c-velocity";
import { ENGAGEMENT_NARRATIVES } from "./part-d-engagement";
import { PERSPECTIVE_NARRATIVES } from "./part-d-perspective";
import { SYSTEMS_NARRATIVES } from "./part-d-systems";
import { withProfileBandVariants, withProfileVariants } from "./profile-variants";
import type { IndexNarrative, QuestionNarrative } from "./types";

export * from "./types";

export const NARRATIVE_VERSION = "2026.4";

export const QUESTION_NARRATIVES: readonly QuestionNarrative[] = [
  ...ALIGNMENT_PROCESS_NARRATIVES,
  ...VELOCITY_NARRATIVES,
  ...COACHING_SOCIAL_NARRATIVES,
  ...RETENTION_NARRATIVES,
  ...DIFFERENTIATION_NARRATIVES,
  ...METHODOLOGY_REVENUE_NARRATIVES,
  ...ENGAGEMENT_NARRATIVES,
  ...PERSPECTIVE_NARRATIVES,
  ...SYSTEMS_NARRATIVES,
].map(withProfileVariants);

export const INDEX_NARRATIVES: readonly IndexNarrative[] = INDEX_NARRATIVE_LIST.map(withProfileBandVariants);

const byQuestionId = new Map(QUESTION_NARRATIVES.map((narrative) => [narrative.questionId, narrative]));
const byIndex = new Map(INDEX_NARRATIVES.map((narrative) => [narrative.index, narrative]));

/** The narrative of a Part C or Part D question, or undefined for questions the report does not narrate. */
export function narrativeFor(questionId: string): QuestionNarrative | undefined {
  return byQuestionId.get(questionId);
}

export function indexNarrative(index: IndexNarrative["index"]): IndexNarrative {
  const narrative = byIndex.get(index);
  // Every index has a narrative (narratives.test.ts checks it), so a miss is a programming error, not bad input.
  if (!narrative) throw new Error(`No narrative for index "${index}"`);
  return narrative;
}
