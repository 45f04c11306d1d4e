// Scoring throughput on one core: scores pre-generated responses and prints responses per second.
// Run with `npx tsx bench/scoring.ts [count]` (default 200,000). Not a test: the figure depends on the machine.
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { instrument } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { scoreResponse } from "@/lib/scoring";

const DISTINCT = 2_000;
const ROUNDS = 5;

// Generating answers is far slower than scoring them, so a pool of distinct responses is generated once (seeded,
// so every run scores the same data) and cycled through; each is a separate object, as stored rows would be.
export function runScoringBench(COUNT = 200_000) {
  const pool = fc.sample(validAnswersArbitrary(instrument), { numRuns: DISTINCT, seed: 2026 });
  const responses = Array.from({ length: COUNT }, (_, i) => ({ ...pool[i % DISTINCT]! }));

  let checksum = 0;
  const runOnce = () => {
    const start = process.hrtime.bigint();
    for (const answers of responses) checksum += scoreResponse(answers, instrument).overall ?? 0;
    return Number(process.hrtime.bigint() - start) / 1e9;
  };

  runOnce(); // warm-up: lets the JIT compile the hot path before timing
  const seconds = Array.from({ length: ROUNDS }, runOnce).sort((a, b) => a - b);
  const median = seconds[Math.floor(ROUNDS / 2)]!;

  return {
    benchmark: "scoreResponse",
    responses: COUNT,
    rounds: ROUNDS,
    medianSeconds: Number(median.toFixed(4)),
    responsesPerSecond: Math.round(COUNT / median),
    target: 100_000,
    node: process.version,
    checksum,
  };
}

if (process.argv[1]?.endsWith("scoring.ts")) {
  const count = process.argv.slice(2).find((value) => !value.startsWith("--"));
  const figures = runScoringBench(Number(count ?? 200_000));
  console.log(JSON.stringify(figures));
  const out = process.argv.find((value) => value.startsWith("--result="))?.split("=")[1];
  if (out) writeFileSync(out, JSON.stringify(figures));
}
