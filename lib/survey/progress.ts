// Where the participant is: share of steps done and an honest estimate of minutes left,
// from the answering times the instrument carries.
import type { Section } from "@/lib/instrument";

export type Progress = { step: number; steps: number; percent: number; minutesLeft: number };

/** `step` is the index of the current step; the review step is `sections.length`. */
export function surveyProgress(sections: readonly Section[], step: number): Progress {
  const steps = sections.length;
  // The same sum as the instrument's secondsRemaining, over the sections the form was given.
  const seconds = sections.slice(Math.max(step, 0)).reduce((total, section) => total + section.estimatedSeconds, 0);
  return {
    step,
    steps,
    percent: Math.round((Math.min(step, steps) / steps) * 100),
    minutesLeft: Math.ceil(seconds / 60),
  };
}
