// Chooses the paragraph each answer and each index band gets: a perception gap (perception-gaps.ts) replaces the
// paragraph it contradicts, else the tension or pointer of a pair of answers that disagree (agreements.ts), else a
// variant whose condition holds (conditions.ts; one that only resolves a hedge of the plain text yields to any other),
// else the plain paragraph. A section's paragraphs are rendered in reading order with one memory, so a figure is
// given where the reader first meets it and not repeated after.
import type { Answers, CompanyIndex } from "@/lib/instrument";
import type { PeerSnapshot, SalesAnalysis } from "@/lib/scoring";
import { compareHardNumbers } from "@/lib/scoring/hard-numbers";
import { planAgreements, tensionPair } from "./agreements";
import { figureSignals, holds, type Facts } from "./conditions";
import type { AnswerTensionNote, PerceptionGapNote } from "./document";
import { indexNarrative, narrativeFor, type AnswerVariant, type Template } from "./narratives";
import { GAP_KEY_PREFIX } from "./perception-gap-notes";
import { findGap, type Claim, type GapContext } from "./perception-gaps";
import { newReportMemory, newSectionMemory, renderTemplate, type Figures, type SectionMemory } from "./render-template";

export type PlannedParagraph = { key: string; template: Template; figures: Figures };

export interface Narration {
  forAnswer(questionId: string, answer: string, figures: Figures): PlannedParagraph | null;
  forBand(index: CompanyIndex | "overall" | "personal", band: string, figures: Figures): PlannedParagraph | null;
  newSection(): SectionMemory;
  /** The gaps printed so far, in the order met. */
  gaps(): PerceptionGapNote[];
  /** The tensions between two answers printed so far, in the order met. */
  tensions(): AnswerTensionNote[];
}

export function startNarration({ answers, sales, peers }: { answers: Answers; sales: SalesAnalysis; peers: PeerSnapshot | null }): Narration {
  const comparisons = compareHardNumbers(sales, peers?.hardNumbers);
  const facts: Facts = { answers, signals: figureSignals(sales, comparisons) };
  const context: GapContext = { facts, comparisons: new Map(comparisons.map((c) => [c.metric, c])), currency: sales.numbers.currency };
  const report = newReportMemory();
  // When velocity and the value won disagree, the sales numbers name the opportunity count as the figure to check,
  // so no gap leans on it.
  const countInDoubt = (sales.consistency?.verdict ?? "agrees") !== "agrees";
  const notes: PerceptionGapNote[] = [];
  const gapHolds = (question: string) => typeof answers[question] === "string" && findGap({ question, answer: answers[question] }, context) !== null;
  const agreements = planAgreements(answers, gapHolds);
  const tensions: AnswerTensionNote[] = [];
  const noteTension = (key: string, where: string) => {
    const pair = tensionPair(key);
    if (pair && !tensions.some((t) => t.pair === pair.id)) tensions.push({ pair: pair.id, where, headline: pair.headline });
  };

  function withGap(claim: Claim, where: string, figures: Figures): PlannedParagraph | null {
    const found = findGap(claim, context);
    if (!found) return null;
    const gapFigures: Figures = { ...figures, ...found.figures, ...(countInDoubt ? { opportunities: undefined } : {}) };
    const { id, direction, evidence, headline } = found.rule;
    notes.push({
      rule: id,
      where,
      on: "question" in claim ? "question" : "index",
      direction,
      evidence: "condition" in evidence ? evidence.condition : evidence.metric,
      headline: renderTemplate(headline, gapFigures),
    });
    return { key: `${GAP_KEY_PREFIX}${found.rule.id}`, template: found.rule.text, figures: gapFigures };
  }

  return {
    forAnswer(questionId, answer, figures) {
      const narrative = narrativeFor(questionId);
      const plain = narrative?.byAnswer[answer];
      if (!narrative || plain === undefined) return null;
      const gap = withGap({ question: questionId, answer }, questionId, figures);
      if (gap) return gap;
      const agreement = answers[questionId] === answer ? agreements.get(questionId) : undefined;
      if (agreement) {
        noteTension(agreement.key, questionId);
        return { ...agreement, figures };
      }
      const fits = (v: AnswerVariant) => v.answers.includes(answer) && holds(v.when, facts);
      const variant = narrative.variants?.find((v) => !v.hedge && fits(v)) ?? narrative.variants?.find(fits);
      if (variant) return { key: `${questionId}:${answer}:${variant.when}`, template: variant.text, figures };
      return { key: `${questionId}:${answer}`, template: plain, figures };
    },
    forBand(index, band, figures) {
      const narrative = indexNarrative(index);
      const plain = narrative.byBand[band];
      if (plain === undefined) return null;
      const gap = index === "overall" || index === "personal" ? null : withGap({ index, band }, index, figures);
      if (gap) return gap;
      const variant = narrative.variants?.find((v) => v.bands.includes(band) && holds(v.when, facts));
      if (variant) return { key: `${index}:${band}:${variant.when}`, template: variant.text, figures };
      return { key: `${index}:${band}`, template: plain, figures };
    },
    newSection: () => newSectionMemory(report),
    gaps: () => [...notes],
    tensions: () => [...tensions],
  };
}

export const renderParagraph = (planned: PlannedParagraph, memory: SectionMemory) => renderTemplate(planned.template, planned.figures, memory);
