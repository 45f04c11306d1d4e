// Abandoned surveys for the demo: a draft keeps the answers of the steps before the one it stopped at, as the
// survey's autosave does. Most people leave early (on the profile or at the sales numbers, the hardest step) and
// a few stop just before the end, so the admin overview's drop-off chart has a realistic shape. Pure.
import { instrument as currentInstrument, type Answers, type Instrument } from "@/lib/instrument";
import { demoAgeDays, demoResponse } from "./demo-responses";
import { pick, type Random } from "./random";

export type DemoDraft = {
  answers: Answers;
  /** The step the participant had reached: answers of earlier steps are saved, none of this one's. */
  currentStep: number;
  startedAt: Date;
  updatedAt: Date;
};

const DAY_MS = 86_400_000;

/** Relative weight of stopping at each step: high at the start and at the numbers step, tapering after. */
function stopWeights(source: Instrument): number[] {
  return [...source.sections.map((section, step) => (step === 0 ? 18 : section.part === "B" ? 14 : 8 / (1 + step / 4))), 3];
}

export function demoDraft(random: Random, now: Date, source: Instrument = currentInstrument): DemoDraft {
  const weights = stopWeights(source);
  const currentStep = pick(random, weights.map((_, step) => step), weights);
  const full = demoResponse(random, now, source).answers;
  const saved = new Set(source.sections.slice(0, currentStep).flatMap((section) => section.questions.map((q) => q.id)));
  const answers = Object.fromEntries(Object.entries(full).filter(([id]) => saved.has(id)));
  const startedAt = new Date(now.getTime() - Math.floor(demoAgeDays(random) * DAY_MS));
  const updatedAt = new Date(Math.min(now.getTime(), startedAt.getTime() + Math.round(currentStep * 70_000 * (0.5 + random()))));
  return { answers, currentStep, startedAt, updatedAt };
}

export function demoDrafts(random: Random, count: number, now: Date, source?: Instrument): DemoDraft[] {
  return Array.from({ length: count }, () => demoDraft(random, now, source));
}
