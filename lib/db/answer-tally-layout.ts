/**
 * Where each count sits in an "AnswerTally" row's `counts` array (answer_tallies migration):
 *
 *   answerTallyLayout(instrument?): AnswerTallySlot[]
 *
 * Slot 1 (`RESPONSES_SLOT`, question and option "*") counts the completed responses themselves; then every option
 * of every choice question, in the instrument's order (section, question, option), so a section's slots are one
 * contiguous range. Only choice questions: free-text answers (names, e-mail addresses) are never counted, nor is an
 * answer whose option the layout lacks (an older instrument's). The database holds the same layout in the IMMUTABLE
 * SQL function "answerTallySlotMap"() (listed by "answerTallyLayout"()), which the triggers and the rebuild use; a
 * test proves both agree. A new choice question or option therefore needs a migration that replaces that function
 * and calls "rebuildAnswerTally"().
 */
import "server-only";
import { instrument as currentInstrument, type Instrument } from "@/lib/instrument";

export interface AnswerTallySlot {
  /** 1-based, as PostgreSQL arrays are. */
  slot: number;
  questionId: string;
  option: string;
}

export const RESPONSES_SLOT = 1;

export function answerTallyLayout(instrument: Instrument = currentInstrument): AnswerTallySlot[] {
  const pairs = instrument.sections.flatMap((section) =>
    section.questions.flatMap((question) =>
      question.kind === "choice" ? question.options.map((option) => ({ questionId: question.id, option: option.value })) : [],
    ),
  );
  return [{ questionId: "*", option: "*" }, ...pairs].map((pair, i) => ({ slot: i + 1, ...pair }));
}
