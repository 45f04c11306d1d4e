// The report's prose as sentences, and how much of it two reports share word for word: the measure of stock text
// (issue 18). Definitions, kept exact because the figure is quoted:
// - Prose: every paragraph a reader reads as text — the executive summary's paragraphs, each index card's
//   "explains" and band paragraph, the sales-number paragraphs, the peer-comparison sentences and their notes, the
//   actions' lead, each action's "why" and 30/60/90-day steps, the pipeline paragraphs, every answer paragraph of
//   the detailed analysis and the personal part, and the personal index paragraph. Not prose: headings, titles,
//   question statements and answer labels, action titles and the figure label lines (scores, stage rows).
// - Sentence: a piece of a paragraph ending in . ! or ? followed by a space and a character that is not a
//   lower-case letter (so "1.5" and "e.g. this" do not split).
// - Masked: each number (with any currency sign, thousands separators and decimals) becomes "#", and the company's
//   name (the participant's own text) becomes "{company}"; nothing else changes, so two sentences are shared when
//   they read the same except for their figures.
// - Shared share of A with B: of A's prose sentences (every occurrence counted), the share whose masked text is
//   also among B's masked sentences.
import type { ReportDocument } from "@/lib/report/document";

export function proseParagraphs(doc: ReportDocument): string[] {
  const { executive } = doc;
  return [
    ...executive.overall.map((p) => p.text),
    ...executive.indices.flatMap((index) => [index.explains, ...index.paragraphs.map((p) => p.text)]),
    ...executive.sales.paragraphs.map((p) => p.text),
    ...(executive.peerNumbers?.rows ?? []).map((row) => row.text),
    ...(executive.peerNumbers?.notes ?? []).map((note) => note.text),
    ...(executive.actionsLead ?? []).map((p) => p.text),
    ...executive.actions.flatMap((action) => [action.text, ...(action.plan ? [action.plan.days30, action.plan.days60, action.plan.days90] : [])]),
    ...(doc.pipeline?.paragraphs ?? []).map((p) => p.text),
    ...[...doc.detailed, ...doc.personal.sections].flatMap((section) => section.paragraphs.map((p) => p.text)),
    ...doc.personal.paragraphs.map((p) => p.text),
  ].filter((text) => text.trim() !== "");
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[^a-z\s])/;
const NUMBER = /[$€£¥₹]?\d+(?:[.,]\d+)*/g;

export function maskedSentences(doc: ReportDocument): string[] {
  const company = doc.participant?.company;
  return proseParagraphs(doc)
    .flatMap((paragraph) => paragraph.split(SENTENCE_END))
    .map((sentence) => {
      const named = company ? sentence.split(company).join("{company}") : sentence;
      return named.replace(NUMBER, "#").trim();
    })
    .filter((sentence) => sentence !== "");
}

export type SharedSentences = { sentences: number; shared: number; share: number; examples: string[] };

/** How many of `a`'s prose sentences appear, numbers masked, in `b`. */
export function sharedSentences(a: ReportDocument, b: ReportDocument): SharedSentences {
  const mine = maskedSentences(a);
  const theirs = new Set(maskedSentences(b));
  const sharedOnes = mine.filter((sentence) => theirs.has(sentence));
  return { sentences: mine.length, shared: sharedOnes.length, share: sharedOnes.length / mine.length, examples: sharedOnes };
}
