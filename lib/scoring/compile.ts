// The instrument flattened once into arrays the scorer can walk without searching: scoring a response is then
// one pass over the scored questions. Cached per instrument object, so callers just pass the instrument; an
// instrument is versioned data and never edited in place (a change is a new version, hence a new object).
import { SCORE_INDICES, type Instrument, type ScoreIndex } from "@/lib/instrument";
import { MINIMUM_ANSWERED } from "./index-rules";

export interface CompiledItem {
  questionId: string;
  /** Option code → score in [0, 1]. */
  scores: ReadonlyMap<string, number>;
  /** Positions in SCORE_INDICES and the weight carried there, in parallel arrays. */
  indexSlots: readonly number[];
  indexWeights: readonly number[];
  /** Position in `sections`; every scored item belongs to one reported section. */
  sectionSlot: number;
  /** The item's weight inside its section's score: the sum of its index weights. */
  sectionWeight: number;
}

export interface CompiledSection {
  sectionId: string;
  part: string;
  title: string;
  items: number;
}

export interface CompiledInstrument {
  instrumentVersion: string;
  items: readonly CompiledItem[];
  sections: readonly CompiledSection[];
  /** Items per index and the minimum answered, in SCORE_INDICES order. */
  itemCounts: readonly number[];
  required: readonly number[];
  /** Running totals for `scoreResponse`, sized once for this instrument. */
  scratch: ScoringScratch;
}

export interface ScoringScratch {
  indexSum: Float64Array;
  indexWeight: Float64Array;
  indexAnswered: Uint32Array;
  sectionSum: Float64Array;
  sectionWeight: Float64Array;
  sectionAnswered: Uint32Array;
}

const cache = new WeakMap<Instrument, CompiledInstrument>();

export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const cached = cache.get(instrument);
  if (cached) return cached;
  const compiled = buildCompiled(instrument);
  cache.set(instrument, compiled);
  return compiled;
}

function buildCompiled(instrument: Instrument): CompiledInstrument {
  const items: CompiledItem[] = [];
  const sections: CompiledSection[] = [];
  const itemCounts = SCORE_INDICES.map(() => 0);
  for (const section of instrument.sections) {
    const scored = section.questions.filter((question) => question.scoring.length > 0);
    if (scored.length === 0) continue;
    const sectionSlot = sections.length;
    sections.push({ sectionId: section.id, part: section.part, title: section.title, items: scored.length });
    for (const question of scored) {
      if (question.kind !== "choice" || question.options.some((option) => option.score === undefined)) {
        // A data error in a new instrument version: fail when it is first used, not with silently wrong scores.
        throw new Error(`Scored question ${question.id} must be a choice with a score on every option`);
      }
      const indexSlots = question.scoring.map((entry) => SCORE_INDICES.indexOf(entry.index));
      indexSlots.forEach((slot) => (itemCounts[slot] = (itemCounts[slot] ?? 0) + 1));
      items.push({
        questionId: question.id,
        scores: new Map(question.options.map((option) => [option.value, option.score ?? 0])),
        indexSlots,
        indexWeights: question.scoring.map((entry) => entry.weight),
        sectionSlot,
        sectionWeight: question.scoring.reduce((total, entry) => total + entry.weight, 0),
      });
    }
  }
  const required = SCORE_INDICES.map((index: ScoreIndex, slot) =>
    Math.max(1, Math.min(MINIMUM_ANSWERED[index], itemCounts[slot] ?? 0)),
  );
  const scratch: ScoringScratch = {
    indexSum: new Float64Array(SCORE_INDICES.length),
    indexWeight: new Float64Array(SCORE_INDICES.length),
    indexAnswered: new Uint32Array(SCORE_INDICES.length),
    sectionSum: new Float64Array(sections.length),
    sectionWeight: new Float64Array(sections.length),
    sectionAnswered: new Uint32Array(sections.length),
  };
  return { instrumentVersion: instrument.version, items, sections, itemCounts, required, scratch };
}
