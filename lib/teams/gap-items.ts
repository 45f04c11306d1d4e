// What a perception gap is measured on, as a table of small integers: each Part C section's score (0–100) and each
// ordinal question's answer as its place on the scale (1 = the first option), per person. A person's answers come as
// arrays in a fixed order (GAP_QUESTIONS, GAP_SECTIONS), as the dashboard's read returns them, and medians are read
// from counts per value, never by sorting: a team of 500 has some 150 of them to take for one dashboard.
import type { ChoiceQuestion, Section } from "@/lib/instrument";
import { gapQuestions, gapSections, optionPosition } from "./team-rules";

/** The questions and sections gaps are measured on, in the order a person's arrays hold them. */
export const GAP_QUESTIONS: readonly ChoiceQuestion[] = gapQuestions();
export const GAP_SECTIONS: readonly Section[] = gapSections();

/** What a gap needs of one person's response: aligned with GAP_QUESTIONS and GAP_SECTIONS. */
export interface GapAnswers {
  /** The answer (an option code) to each of GAP_QUESTIONS; null or anything else where not answered. */
  gapAnswers: readonly unknown[];
  /** The score of each of GAP_SECTIONS; null where none. */
  gapSectionScores: readonly (number | null)[];
}

/** The arrays from a whole set of answers and a Score row's section scores (tests, the API's examples). */
export function gapAnswersOf(answers: Readonly<Record<string, unknown>>, sectionScores: Readonly<Record<string, number | null>>): GapAnswers {
  return {
    gapAnswers: GAP_QUESTIONS.map((question) => answers[question.id] ?? null),
    gapSectionScores: GAP_SECTIONS.map((section) => sectionScores[section.id] ?? null),
  };
}

export interface GapItem {
  section: Section;
  /** Null for the section's score as a whole. */
  question: ChoiceQuestion | null;
  /** Where the item's value is in a person's arrays: GAP_QUESTIONS when a question, GAP_SECTIONS when a section. */
  at: number;
  /** The largest value the item takes (100 for a section score, the number of options for a question). */
  top: number;
}

/** A section's score before its questions, sections in instrument order: the order gaps are ranked in on ties. */
export const GAP_ITEMS: readonly GapItem[] = GAP_SECTIONS.flatMap((section, sectionAt) => [
  { section, question: null, at: sectionAt, top: 100 },
  ...GAP_QUESTIONS.flatMap((question, at) => (section.questions.includes(question) ? [{ section, question, at, top: question.options.length }] : [])),
]);

/** One person's value of every item, -1 where they have none. */
export function itemValues(person: GapAnswers): Int16Array {
  const values = new Int16Array(GAP_ITEMS.length).fill(-1);
  GAP_ITEMS.forEach(({ question, at }, index) => {
    const value = question ? optionPosition(question, person.gapAnswers[at]) : person.gapSectionScores[at];
    if (typeof value === "number" && Number.isInteger(value) && value >= 0) values[index] = value;
  });
  return values;
}

/** percentile_cont(0.5) of values given as counts per value (0…counts.length − 1), `total` of them. */
function medianOfCounts(counts: Int32Array, total: number): number {
  const position = (total - 1) / 2;
  const [lowRank, highRank] = [Math.floor(position), Math.ceil(position)];
  let seen = 0;
  let low = -1;
  for (let value = 0; value < counts.length; value++) {
    seen += counts[value]!;
    if (low < 0 && seen > lowRank) low = value;
    if (seen > highRank) return (low + value) / 2;
  }
  throw new RangeError("Counts hold fewer values than their total");
}

/** Per item, the median over the people that have it; null where fewer than `minimum` have it. */
export function itemMedians(rows: readonly Int16Array[], minimum: number): (number | null)[] {
  const counts = new Int32Array(101);
  return GAP_ITEMS.map(({ top }, index) => {
    counts.fill(0, 0, top + 1);
    let total = 0;
    for (const row of rows) {
      const value = row[index]!;
      if (value >= 0 && value <= top) {
        counts[value]! += 1;
        total += 1;
      }
    }
    return total < minimum ? null : medianOfCounts(counts.subarray(0, top + 1), total);
  });
}
