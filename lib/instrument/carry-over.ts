// What a retake starts with (docs/decisions/027-retake.md): the answers of the participant's earlier response that
// this instrument still asks and still accepts, and the first step they do not complete on their own. Pure.
import { sectionAnswersSchema } from "./answer-schemas";
import { isRecord } from "./blank";
import type { Instrument } from "./definition";
import { CONTACT_FIELD_IDS, PART_A_IDS } from "./question-ids";
import { questionAnswerSchema, type Answers } from "./question-schemas";

export interface CarriedOver {
  answers: Answers;
  /** The index of the first step whose carried answers do not pass its checks; the number of steps when all do. */
  firstIncompleteStep: number;
}

/**
 * Each earlier answer to a question the instrument still has, when it is still a valid answer to it (an option since
 * removed, or a number outside a new limit, is left for the participant to give again). Contact details come only
 * from a response that consented to keep them; the consent box itself is never carried: a ticked box the participant
 * did not tick is not consent, so they tick it again (the contact step asks for it before going on).
 */
export function carriedOverAnswers(earlier: unknown, source: Instrument): CarriedOver {
  const given = isRecord(earlier) ? earlier : {};
  const consented = given[PART_A_IDS.consent] === true;
  const dropped = new Set<string>([PART_A_IDS.consent, ...(consented ? [] : CONTACT_FIELD_IDS)]);
  const answers: Answers = {};
  for (const question of source.sections.flatMap((section) => section.questions)) {
    if (dropped.has(question.id) || !(question.id in given)) continue;
    const parsed = questionAnswerSchema(question).safeParse(given[question.id]);
    if (parsed.success) answers[question.id] = parsed.data;
  }
  const firstIncompleteStep = source.sections.findIndex((section) => {
    const slice = Object.fromEntries(section.questions.filter((q) => q.id in answers).map((q) => [q.id, answers[q.id]]));
    return !sectionAnswersSchema(section).safeParse(slice).success;
  });
  return { answers, firstIncompleteStep: firstIncompleteStep === -1 ? source.sections.length : firstIncompleteStep };
}
