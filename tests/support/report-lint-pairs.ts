// Report lint, the documented pairs: the perception-gap table, the paragraph variants and the answers that must
// agree of docs/methodology.md §10, checked against the answers, the document's figures and the peers, worked out
// here again rather than asked of the report code.
import type { Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import { INDEX_NARRATIVES, QUESTION_NARRATIVES } from "@/lib/report/narratives";
import { CONDITIONS, type Condition, type ConditionId, type FigureSignal } from "@/lib/report/narratives/conditions";
import { ABSOLUTE_THRESHOLDS, PERCEPTION_GAP_RULES, type PerceptionGapRule } from "@/lib/report/narratives/perception-gaps";
import { analyseSales, salesNumbers, type PeerSnapshot } from "@/lib/scoring";
import { compareHardNumbers, type HardNumberComparison } from "@/lib/scoring/hard-numbers";
import { answerDisagreements } from "./report-lint-agreements";

/** The documented figure conditions, worked out again from the document's own figures and the peers. */
function signalsOf(doc: ReportDocument, peers: PeerSnapshot | null): Set<FigureSignal> {
  const { winRates, quotaAttainment: quota } = doc.executive.sales;
  const signals = new Set<FigureSignal>();
  const { unit, value } = winRates;
  if (unit !== null && value !== null) {
    const gap = unit - value;
    signals.add(gap >= 0.05 ? "value-below-unit" : -gap >= 0.05 ? "value-above-unit" : "value-level-with-unit");
  }
  const peerRate = peers?.hardNumbers?.unitWinRate ?? null;
  const median = peerRate?.median ?? null;
  const percentile = unit === null ? null : (peerRate?.percentile ?? null);
  if (quota !== null && quota >= 100) signals.add("target-reached");
  if (quota !== null && quota < 100 && unit !== null && unit > 0 && median !== null && unit < median && (quota / 100) * (median / unit) >= 1)
    signals.add("enough-at-peer-win-rate");
  if (signals.has("target-reached") || signals.has("enough-at-peer-win-rate")) signals.add("opportunities-enough");
  // Ahead of the peers as the printed median shows it: above the median, or level with it in the better half by rank.
  const ahead = percentile !== null && unit !== null && (median === null ? percentile >= 50 : unit > median || (unit === median && percentile >= 50));
  if (quota !== null && quota < 80 && ahead) signals.add("opportunities-short");
  if ((doc.executive.sales.consistency ?? "agrees") !== "agrees") signals.add("figures-disagree");
  return signals;
}

function conditionHoldsFor(id: ConditionId, answers: Answers, signals: ReadonlySet<FigureSignal>): boolean {
  const condition: Condition = CONDITIONS[id];
  if ("signal" in condition) return signals.has(condition.signal);
  return condition.answers.includes(answers[condition.question] as string);
}

/** A hard number's standing, from the peer snapshot as stored (the documented quartile rule, thresholds as fallback). */
function figureContradicts(rule: PerceptionGapRule, comparisons: readonly HardNumberComparison[]): boolean {
  const { evidence } = rule;
  if ("condition" in evidence) return false;
  const comparison = comparisons.find((c) => c.metric === evidence.metric)!;
  if (comparison.own === null) return false;
  if (comparison.quartile !== null) return evidence.quartiles.includes(comparison.quartile);
  const threshold = ABSOLUTE_THRESHOLDS[evidence.metric];
  if (!threshold) return false;
  return rule.direction === "over" ? comparison.own < threshold.low : comparison.own >= threshold.high;
}

/**
 * The documented contradiction pairs (docs/methodology.md): a claim's own paragraph must not be printed while the
 * evidence against it holds (the perception-gap table), nor a paragraph whose prerequisite fails (the variants), nor
 * two paragraphs for answers that disagree, nor a hedge the answers settle (report-lint-agreements.ts).
 */
export function documentedContradictions(doc: ReportDocument, answers: Answers, peers: PeerSnapshot | null): string[] {
  const keys = new Set([
    ...[...doc.detailed, ...doc.personal.sections].flatMap((s) => s.paragraphs.map((p) => p.key)),
    ...doc.executive.indices.flatMap((index) => index.paragraphs.map((p) => p.key)),
    ...[...doc.executive.overall, ...doc.personal.paragraphs].map((p) => p.key),
  ]);
  const signals = signalsOf(doc, peers);
  const comparisons = compareHardNumbers(analyseSales(salesNumbers(answers)), peers?.hardNumbers);
  const problems: string[] = [];
  for (const rule of PERCEPTION_GAP_RULES) {
    const { claim } = rule;
    const plain = "question" in claim ? claim.answers.map((a) => `${claim.question}:${a}`) : claim.bands.map((b) => `${claim.index}:${b}`);
    const printed = plain.filter((key) => keys.has(key));
    if (printed.length === 0) continue;
    const holds = "condition" in rule.evidence ? conditionHoldsFor(rule.evidence.condition, answers, signals) : figureContradicts(rule, comparisons);
    if (holds) problems.push(`${printed.join(", ")} printed although ${rule.id} holds`);
  }
  for (const narrative of QUESTION_NARRATIVES) {
    const answer = answers[narrative.questionId];
    for (const variant of narrative.variants ?? []) {
      if (typeof answer !== "string" || !variant.answers.includes(answer) || !conditionHoldsFor(variant.when, answers, signals)) continue;
      if (keys.has(`${narrative.questionId}:${answer}`)) problems.push(`${narrative.questionId}:${answer} printed although ${variant.when} holds`);
    }
  }
  for (const narrative of INDEX_NARRATIVES) {
    for (const variant of narrative.variants ?? []) {
      if (!conditionHoldsFor(variant.when, answers, signals)) continue;
      for (const band of variant.bands.filter((b) => keys.has(`${narrative.index}:${b}`)))
        problems.push(`${narrative.index}:${band} printed although ${variant.when} holds`);
    }
  }
  return [...problems, ...answerDisagreements(doc, answers)];
}
