// Answers → indices, categories, revenue potential and section scores. Pure and deterministic: the same answers
// and the same instrument give the same result, and nothing here reads the clock, the database or randomness.
import type { Instrument } from "@/lib/instrument";
import { COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS, bandFor } from "./bands";
import { compileInstrument, type CompiledInstrument } from "./compile";
import type { IndexScore, ScoreResult, SectionScore } from "./result";
import { roundPercent } from "./rounding";
import { SCORING_VERSION } from "./version";

/** Slots in SCORE_INDICES order, fixed so the hot loop can use plain arrays. */
const SLOTS = { value: 0, number: 1, winRate: 2, salesCycle: 3, personal: 4 } as const;

/**
 * Scores one response. Answers are the stored JSON keyed by question id; an absent key is unanswered. An answer
 * that is not one of the question's option codes (which validation never lets through) counts as unanswered
 * rather than throwing, so re-scoring old data can never fail halfway.
 */
export function scoreResponse(answers: Readonly<Record<string, unknown>>, instrument: Instrument): ScoreResult {
  const compiled = compileInstrument(instrument);
  // Scratch totals reused across calls (allocating them per response was a fifth of the time). Safe because
  // scoring is synchronous and every total is reset here before use; nothing from a previous call leaks.
  const { indexSum, indexWeight, indexAnswered, sectionSum, sectionWeight, sectionAnswered } = compiled.scratch;
  indexSum.fill(0);
  indexWeight.fill(0);
  indexAnswered.fill(0);
  sectionSum.fill(0);
  sectionWeight.fill(0);
  sectionAnswered.fill(0);

  for (const item of compiled.items) {
    const code = answers[item.questionId];
    if (typeof code !== "string") continue;
    const score = item.scores.get(code);
    if (score === undefined) continue;
    for (let i = 0; i < item.indexSlots.length; i++) {
      const slot = item.indexSlots[i]!;
      const weight = item.indexWeights[i]!;
      indexSum[slot]! += weight * score;
      indexWeight[slot]! += weight;
      indexAnswered[slot]! += 1;
    }
    sectionSum[item.sectionSlot]! += item.sectionWeight * score;
    sectionWeight[item.sectionSlot]! += item.sectionWeight;
    sectionAnswered[item.sectionSlot]! += 1;
  }

  const indices = {
    value: indexScore(compiled, SLOTS.value),
    number: indexScore(compiled, SLOTS.number),
    winRate: indexScore(compiled, SLOTS.winRate),
    salesCycle: indexScore(compiled, SLOTS.salesCycle),
    personal: indexScore(compiled, SLOTS.personal),
  };
  const overall = overallIndex([
    indices.value.score,
    indices.number.score,
    indices.winRate.score,
    indices.salesCycle.score,
  ]);

  return {
    scoringVersion: SCORING_VERSION,
    instrumentVersion: compiled.instrumentVersion,
    indices,
    overall,
    companyCategory: bandFor(overall, COMPANY_BANDS),
    personalCategory: bandFor(indices.personal.score, PERSONAL_BANDS),
    revenuePotential: {
      value: bandFor(indices.value.score, REVENUE_POTENTIAL_BANDS),
      number: bandFor(indices.number.score, REVENUE_POTENTIAL_BANDS),
      winRate: bandFor(indices.winRate.score, REVENUE_POTENTIAL_BANDS),
      salesCycle: bandFor(indices.salesCycle.score, REVENUE_POTENTIAL_BANDS),
    },
    sectionScores: sectionScores(compiled, sectionSum, sectionWeight, sectionAnswered),
  };
}

/** One index from the scratch totals. A module function, not a closure per call: scoring runs at 100,000+ a second. */
function indexScore(compiled: CompiledInstrument, slot: number): IndexScore {
  const { indexSum, indexWeight, indexAnswered } = compiled.scratch;
  const answered = indexAnswered[slot]!;
  const required = compiled.required[slot]!;
  const sufficient = answered >= required;
  // Rounded once, from the exact weighted mean: intermediate rounding would drift from the hand calculation.
  const score = sufficient ? roundPercent((indexSum[slot]! / indexWeight[slot]!) * 100) : null;
  return { score, answered, required, sufficient };
}

/**
 * The overall Dealmaker Index: the mean of the four published (whole-percent) company sub-indices, rounded half
 * up. Using the published figures lets a reader check the overall from the report alone (76, 76, 75, 80 ⇒ 77).
 * Null when any sub-index is insufficient: a mean of three would not be comparable with everyone else's four.
 */
export function overallIndex(subIndices: readonly (number | null)[]): number | null {
  let total = 0;
  for (const score of subIndices) {
    if (score === null || !Number.isFinite(score)) return null;
    total += score;
  }
  return subIndices.length === 0 ? null : roundPercent(total / subIndices.length);
}

function sectionScores(
  compiled: CompiledInstrument,
  sum: Float64Array,
  weight: Float64Array,
  answered: Uint32Array,
): SectionScore[] {
  const scores: SectionScore[] = [];
  for (let slot = 0; slot < compiled.sections.length; slot++) {
    const section = compiled.sections[slot]!;
    scores.push({
      sectionId: section.sectionId,
      part: section.part,
      title: section.title,
      score: answered[slot]! > 0 ? roundPercent((sum[slot]! / weight[slot]!) * 100) : null,
      answered: answered[slot]!,
      items: section.items,
    });
  }
  return scores;
}
