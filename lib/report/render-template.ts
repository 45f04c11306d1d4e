// Fills a narrative template's {placeholders}. A sentence whose figure is missing is dropped whole, so a report
// never prints "undefined", "NaN" or a half sentence; a [bracketed phrase] is dropped alone.
//
// With a section's memory, each of the participant's figures is said once per section: a sentence whose figure the
// section has already given is dropped (a bracketed phrase just loses the figure), and {study} names the original
// study in full the first time the report mentions it.
//
// A reading ({unitWinRateReading}…, lib/report/figure-readings.ts) gives its figure, so it follows that figure's
// once-per-section rule; what the figure means is said once per report: a later section prints the figure and its
// standing only. The reading's value marks where the meaning starts with READING_MEANING, which never reaches a text.
import { READING_PLACEHOLDERS, type ReadingPlaceholder } from "./narratives/figure-readings";
import { STUDY } from "./narratives/study";
import type { Placeholder, Template } from "./narratives/types";

/** Filled values by placeholder name; sections with their own placeholder set (the pipeline) pass their names as K. */
export type Figures<K extends string = Placeholder> = Partial<Record<K, string>>;

/** What the report has said so far, shared by every section. */
export type ReportMemory = { studyNamed: boolean; readingsMeant: Set<ReadingPlaceholder> };
/** What one section has said so far: each figure as `name=value`. */
export type SectionMemory = { said: Set<string>; report: ReportMemory };

export const newReportMemory = (): ReportMemory => ({ studyNamed: false, readingsMeant: new Set() });

/** Inside a reading's value: the figure and its standing before it, what they mean after it. */
export const READING_MEANING = "\u001f";

const readingOf = (name: Placeholder): Placeholder | null =>
  name in READING_PLACEHOLDERS ? READING_PLACEHOLDERS[name as ReadingPlaceholder] : null;
export const newSectionMemory = (report: ReportMemory): SectionMemory => ({ said: new Set(), report });

/** The participant's own figures (and a gap's peer median): the ones a section must not repeat. */
const ONCE_PER_SECTION: ReadonlySet<Placeholder> = new Set<Placeholder>([
  "unitWinRate",
  "valueWinRate",
  "averageDeal",
  "cycleDays",
  "opportunities",
  "openDeals",
  "openValue",
  "velocityPerDay",
  "velocityPerYear",
  "opportunitiesInFlight",
  "wonValue",
  "decidedDeals",
  "quotaAttainment",
  "sellersAtQuota",
  "metricMedian",
]);

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
const OPTIONAL = /\[([^[\]]*)\]/g;
// A sentence ends at . ! or ? followed by a space; decimals like "1.5" have no space after the dot.
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/;

type Sentence = { text: string; needs: Placeholder[]; optional: boolean };
/** Templates come from the fixed narrative library, so each is split into sentences once. */
const parsed = new Map<Template, Sentence[]>();

const namesIn = (text: string) => [...text.matchAll(PLACEHOLDER)].map(([, name]) => name as Placeholder);

function sentencesOf(template: Template): Sentence[] {
  let sentences = parsed.get(template);
  if (!sentences) {
    sentences = template.split(SENTENCE_END).map((text) => ({ text, needs: namesIn(text), optional: text.includes("[") }));
    parsed.set(template, sentences);
  }
  return sentences;
}

function valueOf(name: Placeholder, figures: Figures, memory: SectionMemory | undefined): string | undefined {
  if (name === "study" && memory) return memory.report.studyNamed ? STUDY.again : STUDY.first;
  const value = figures[name];
  if (value === undefined || readingOf(name) === null) return value;
  const [figure, meaning] = value.split(READING_MEANING);
  return memory?.report.readingsMeant.has(name as ReadingPlaceholder) ? figure : `${figure}${meaning ?? ""}`;
}

/** A figure that is missing, or that this section has already given (for a reading: the figure it reads). */
function unusable(name: Placeholder, figures: Figures, memory: SectionMemory | undefined): boolean {
  const value = valueOf(name, figures, memory);
  const figure = readingOf(name);
  if (figure !== null) return value === undefined || unusable(figure, figures, memory);
  return value === undefined || (memory !== undefined && ONCE_PER_SECTION.has(name) && memory.said.has(`${name}=${value}`));
}

function renderSentence(sentence: Sentence, figures: Figures, memory: SectionMemory | undefined): string | null {
  let { text, needs } = sentence;
  if (sentence.optional) {
    text = text.replace(OPTIONAL, (_, phrase: string) => (namesIn(phrase).some((name) => unusable(name, figures, memory)) ? "" : phrase));
    needs = namesIn(text);
  }
  if (needs.length === 0) return text;
  for (const name of needs) if (unusable(name, figures, memory)) return null;
  const filled = text.replace(PLACEHOLDER, (_, name: string) => valueOf(name as Placeholder, figures, memory)!);
  if (memory) {
    for (const name of needs) {
      const figure = readingOf(name);
      if (name === "study") memory.report.studyNamed = true;
      else if (figure !== null) {
        memory.said.add(`${figure}=${figures[figure]}`);
        memory.report.readingsMeant.add(name as ReadingPlaceholder);
      } else if (ONCE_PER_SECTION.has(name)) memory.said.add(`${name}=${figures[name]}`);
    }
  }
  return filled;
}

export function renderTemplate<K extends string = Placeholder>(template: Template, figures: Figures<K>, memory?: SectionMemory): string {
  // Names are only looked up, so another placeholder set reads the same way; the memory knows the report's own names.
  const named = figures as unknown as Figures;
  const kept: string[] = [];
  for (const sentence of sentencesOf(template)) {
    const text = renderSentence(sentence, named, memory);
    if (text !== null) kept.push(text);
  }
  return kept.join(" ").trim();
}

/** Whether `value` stands whole in `text`: "$30,000" is not inside "$30,000,000", nor "12" inside "1.12". */
function standsIn(text: string, value: string): boolean {
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text.slice(at + value.length, at + value.length + 2);
    if (!/[\d.,$€£¥₹]/.test(before) && !/^(\d|[.,]\d)/.test(after)) return true;
  }
  return false;
}

/** Marks the figures a text written elsewhere (the sales numbers) already gives, so the section does not repeat them. */
export function observeText(text: string, figures: Figures, memory: SectionMemory): void {
  for (const name of ONCE_PER_SECTION) {
    const value = figures[name];
    if (value !== undefined && standsIn(text, value)) memory.said.add(`${name}=${value}`);
  }
}
