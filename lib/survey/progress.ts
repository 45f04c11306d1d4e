// Where the participant is: share of steps done and an honest estimate of minutes left,
// from the answering times the instrument carries.
import { secondsRemaining, type Instrument } from "@/lib/instrument";

export type Progress = { step: number; steps: number; percent: number; minutesLeft: number };

/** `step` is the index of the current step; the review step is `sections.length`. */
export function surveyProgress(source: Instrument, step: number): Progress {
  const steps = source.sections.length;
  const current = source.sections[Math.min(step, steps - 1)];
  const seconds = step >= steps || !current ? 0 : secondsRemaining(current.id, source);
  return {
    step,
    steps,
    percent: Math.round((Math.min(step, steps) / steps) * 100),
    minutesLeft: Math.ceil(seconds / 60),
  };
}
