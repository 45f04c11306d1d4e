// Fills a narrative template's {placeholders}. A sentence whose figure is missing is dropped
// whole, so a report never prints "undefined", "NaN" or a half sentence.
import type { Placeholder, Template } from "./narratives/types";

export type Figures = Partial<Record<Placeholder, string>>;

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;
// A sentence ends at . ! or ? followed by a space; decimals like "1.5" have no space after the dot.
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/;

export function renderTemplate(template: Template, figures: Figures): string {
  return template
    .split(SENTENCE_END)
    .filter((sentence) => [...sentence.matchAll(PLACEHOLDER)].every(([, name]) => figures[name as Placeholder] !== undefined))
    .map((sentence) => sentence.replace(PLACEHOLDER, (_, name: string) => figures[name as Placeholder]!))
    .join(" ")
    .trim();
}
