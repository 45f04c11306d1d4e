// The questions the admin's Findings page can set against outcomes: every Part C and D choice question, in the
// instrument's order. Pure (the page's URL check and the database layout share it).
import { instrument } from "@/lib/instrument";

const FINDING_SECTION_PREFIXES = ["c.", "d."] as const;

export const FINDING_QUESTION_IDS: readonly string[] = instrument.sections
  .filter((section) => FINDING_SECTION_PREFIXES.some((prefix) => section.id.startsWith(prefix)))
  .flatMap((section) => section.questions)
  .filter((question) => question.kind === "choice")
  .map((question) => question.id);

/** The sections holding finding questions, each with its questions, for a grouped picker. */
export function findingQuestionGroups(): { sectionId: string; title: string; questions: { id: string; label: string }[] }[] {
  return instrument.sections.flatMap((section) => {
    const questions = section.questions.filter((question) => FINDING_QUESTION_IDS.includes(question.id));
    return questions.length ? [{ sectionId: section.id, title: section.title, questions: questions.map(({ id, label }) => ({ id, label })) }] : [];
  });
}
