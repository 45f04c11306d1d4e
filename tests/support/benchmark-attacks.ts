// The attacker of the public-benchmark tests: what the published figures of GET /api/v1/benchmarks let someone work
// out, written as plainly as the attacks on issue 14 were.
import type { Benchmarks } from "@/lib/api/benchmark-schemas";

type Quartiles = { p25: number | null; median: number | null; p75: number | null };

/** Every key anywhere in a published payload that carries a count of responses: "n" (the old shape) or …count…. */
export function countKeys(payload: unknown, path = "$"): string[] {
  if (payload === null || typeof payload !== "object") return [];
  return Object.entries(payload).flatMap(([key, value]) => [
    ...(key === "n" || /count/i.test(key) ? [`${path}.${key}`] : []),
    ...countKeys(value, `${path}.${key}`),
  ]);
}

/**
 * Where an erased response's score must lie, from one index's quartiles before and after the erasure: removing a score
 * below a quartile moves it up (or leaves it), removing one above moves it down (or leaves it). So a quartile that
 * went up bounds the score from above by its old value, one that went down from below. Nothing published: 0–100.
 */
export function erasedScoreBounds(before: Quartiles, after: Quartiles): { from: number; to: number } {
  let from = 0;
  let to = 100;
  for (const key of ["p25", "median", "p75"] as const) {
    const [old, now] = [before[key], after[key]];
    if (old === null || now === null) continue;
    if (now > old) to = Math.min(to, old);
    if (now < old) from = Math.max(from, old);
  }
  return { from, to };
}

/** The closed intervals between neighbouring published quartiles (0–p25, p25–median, …), for a shown index. */
export function quarters({ p25, median, p75 }: Quartiles): { from: number; to: number }[] {
  if (p25 === null || median === null || p75 === null) return [{ from: 0, to: 100 }];
  return [
    { from: 0, to: p25 },
    { from: p25, to: median },
    { from: median, to: p75 },
    { from: p75, to: 100 },
  ];
}

export const holding = (scores: readonly number[], { from, to }: { from: number; to: number }) =>
  scores.filter((score) => score >= from && score <= to).length;

export const overallOf = (benchmarks: Benchmarks) => benchmarks.indices.overall;
