// Fills a narrative template's {placeholders}. A sentence whose figure is missing is dropped
// whole, so a report never prints "undefined", "NaN" or a half sentence.
import type { Placeholder, Template } from "./narratives/types";

/** Filled values by placeholder name; sections with their own placeholder set (the pipeline) pass their names as K. */
export type Figures<K extends string = Placeholder> = Partial<Record<K, string>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
// A sentence ends at . ! or ? followed by a space; decimals like "1.5" have no space after the dot.
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/;

type Sentence = { text: string; needs: string[] };
/** Templates come from the fixed narrative library, so each is split into sentences once. */
const parsed = new Map<Template, Sentence[]>();

function sentencesOf(template: Template): Sentence[] {
  let sentences = parsed.get(template);
  if (!sentences) {
    sentences = template.split(SENTENCE_END).map((text) => ({ text, needs: [...text.matchAll(PLACEHOLDER)].map(([, name]) => name!) }));
    parsed.set(template, sentences);
  }
  return sentences;
}

export function renderTemplate<K extends string = Placeholder>(template: Template, figures: Figures<K>): string {
  return sentencesOf(template)
    .filter(({ needs }) => needs.every((name) => figures[name as K] !== undefined))
    .map(({ text, needs }) => (needs.length ? text.replace(PLACEHOLDER, (_, name: string) => figures[name as K]!) : text))
    .join(" ")
    .trim();
}
