// Returning participants in the demo data: some take the survey again months later, as the retake flow lets them
// (issue 15). A retake keeps the profile and contact details and is drawn around a level a little higher on average
// (teams that come back have mostly worked on it), so the admin's repeat-participant cohort shows a modest change.
// Retakes are decided by a random stream of their own, so a seed's first responses are those the generator always gave.
// Pure: the random sources and `now` come in.
import type { Instrument } from "@/lib/instrument";
import { demoAnswersAt, demoResponseWithLevels, type DemoResponse } from "./demo-responses";
import { clamp01, type Random } from "./random";

/** Share of participants who take the survey again, and of those who come back a third time. */
export const RETAKE_SHARE = 0.06;
export const THIRD_TAKE_SHARE = 0.3;
const DAY_MS = 86_400_000;

/**
 * An endless stream of completed responses: each participant's first, then their retakes, each 2 to 12 months after the
 * one before; a retake that would fall after `now` is not taken.
 */
export function* demoCompletedStream(random: Random, retakes: Random, now: Date, source?: Instrument): Generator<DemoResponse> {
  for (;;) {
    const first = demoResponseWithLevels(random, now, source);
    const chain: DemoResponse[] = [first.response];
    let levels = first.levels;
    while (chain.length < 3 && retakes() < (chain.length === 1 ? RETAKE_SHARE : THIRD_TAKE_SHARE)) {
      const previous = chain.at(-1)!;
      const at = new Date(previous.completedAt.getTime() + Math.floor((60 + 300 * retakes()) * DAY_MS));
      if (at.getTime() > now.getTime()) break;
      const lift = 0.1 * retakes() - 0.03;
      levels = { ...levels, maturity: clamp01(levels.maturity + lift), personal: clamp01(levels.personal + lift) };
      previous.retaken = true;
      chain.push({ ...demoAnswersAt(retakes, levels, () => at, source), previous });
    }
    yield* chain;
  }
}
