import { describe, expect, it } from "vitest";
import { instrument, secondsRemaining } from "@/lib/instrument";
import { surveyProgress } from "./progress";

const { sections } = instrument;

describe("surveyProgress", () => {
  it.each(sections.map((section, step) => [step, section.id] as const))("at step %i counts the minutes from %s on", (step, id) => {
    const progress = surveyProgress(sections, step);
    expect(progress.minutesLeft).toBe(Math.ceil(secondsRemaining(id) / 60));
    expect(progress.percent).toBe(Math.round((step / sections.length) * 100));
  });

  it("shows nothing left and 100% on the review step", () => {
    expect(surveyProgress(sections, sections.length)).toEqual({ step: sections.length, steps: sections.length, percent: 100, minutesLeft: 0 });
  });
});
