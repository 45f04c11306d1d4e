// Each survey step has its own address, `/survey?step=3` (1-based; `?step=review` for the review), so the browser's
// Back, Forward and reload work step by step. Pure: the page and the form both use these, so they agree.

/** The `step` query value of a step index (0-based; `steps` is the review). */
export function stepParam(step: number, steps: number): string {
  return step >= steps ? "review" : String(step + 1);
}

/** The step index a `step` query value asks for, or null when it names none (absent, malformed, out of range). */
export function stepFromParam(value: string | string[] | null | undefined, steps: number): number | null {
  if (typeof value !== "string") return null;
  if (value === "review") return steps;
  if (!/^[1-9]\d{0,2}$/.test(value)) return null;
  const step = Number(value) - 1;
  return step < steps ? step : null;
}

/**
 * Which step to show: the one asked for when it is no further than the furthest the participant may reach (the
 * first step not yet saved, or the review once every step is), else that furthest step.
 */
export function stepToShow(asked: number | null, furthest: number): number {
  return asked === null || asked > furthest ? furthest : asked;
}

export const stepHref = (step: number, steps: number) => `/survey?step=${stepParam(step, steps)}`;
