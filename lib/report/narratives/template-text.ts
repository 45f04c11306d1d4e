// Text helpers the narrative tests share: how a template splits into sentences and which figures it names.
// They mirror the renderer's rule that a sentence whose figure is missing is dropped whole.
import { AGREEMENT_PAIRS, pointerText } from "./agreement-pairs";
import { INDEX_NARRATIVES, QUESTION_NARRATIVES } from "./index";
import { PERCEPTION_GAP_RULES } from "./perception-gaps";

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]!);
}

export function sentencesOf(template: string): string[] {
  return template
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** What the paragraph reads like when none of the figures it names (except those in `keep`) is available. */
export function withoutFigures(template: string, keep: readonly string[] = []): string[] {
  return sentencesOf(template).filter((sentence) => placeholdersIn(sentence).every((name) => keep.includes(name)));
}

export type TemplateEntry = { where: string; text: string; kind: "answer" | "explains" | "band" | "gap" | "pointer" };

/** Every template in the library, labelled so a failing test names the paragraph to fix. */
export function allTemplates(): TemplateEntry[] {
  const answers = QUESTION_NARRATIVES.flatMap((narrative) =>
    Object.entries(narrative.byAnswer).map(([code, text]) => ({
      where: `${narrative.questionId} / ${code}`,
      text,
      kind: "answer" as const,
    })),
  );
  const indices = INDEX_NARRATIVES.flatMap((narrative) => [
    { where: `${narrative.index} / explains`, text: narrative.explains, kind: "explains" as const },
    ...Object.entries(narrative.byBand).map(([band, text]) => ({
      where: `${narrative.index} / ${band}`,
      text,
      kind: "band" as const,
    })),
    ...(narrative.variants ?? []).map((variant) => ({
      where: `${narrative.index} / ${variant.bands.join(", ")} / when ${variant.when}`,
      text: variant.text,
      kind: "band" as const,
    })),
  ]);
  const variants = QUESTION_NARRATIVES.flatMap((narrative) =>
    (narrative.variants ?? []).map((variant) => ({
      where: `${narrative.questionId} / ${variant.answers.join(", ")} / when ${variant.when}`,
      text: variant.text,
      kind: "answer" as const,
    })),
  );
  const gaps = PERCEPTION_GAP_RULES.flatMap((rule) => [
    { where: `perception gap ${rule.id}`, text: rule.text, kind: "gap" as const },
    { where: `perception gap ${rule.id} / headline`, text: rule.headline, kind: "gap" as const },
  ]);
  // A tension stands in for an answer's paragraph, so it is held to the same rules; its pointer is one sentence,
  // shared by the pairs whose first question is about the same thing.
  const tensions = AGREEMENT_PAIRS.map((pair) => ({ where: `agreement ${pair.id}`, text: pair.text, kind: "answer" as const }));
  const pointers = [...new Map(AGREEMENT_PAIRS.map((pair) => [pointerText(pair), pair.id])).entries()].map(([text, id]) => ({
    where: `agreement ${id} / pointer`,
    text,
    kind: "pointer" as const,
  }));
  return [...answers, ...variants, ...indices, ...gaps, ...tensions, ...pointers];
}
