// Returning participants in the demo data: a small share take the survey again, months later and never after `now`,
// with the same profile and contact details; the first responses of a seed are those it gave before retakes existed.
import { describe, expect, it } from "vitest";
import { PART_A_IDS } from "@/lib/instrument";
import { demoBatches } from "./demo-batches";
import { demoResponse, type DemoResponse } from "./demo-responses";
import { seededRandom } from "./random";

const NOW = new Date("2026-11-01T00:00:00Z");
const DAY_MS = 86_400_000;
const responses: DemoResponse[] = [];
for (const batch of demoBatches({ count: 6000, seed: 424242, now: NOW, batchSize: 1000 })) responses.push(...batch.responses);

describe("demo retakes", () => {
  const retakes = responses.filter((response) => response.previous);

  it("are a few percent of the responses, some of them a third take", () => {
    expect(retakes.length / responses.length).toBeGreaterThan(0.01);
    expect(retakes.length / responses.length).toBeLessThan(0.06);
    expect(retakes.some((response) => response.previous!.previous)).toBe(true);
  });

  it("follow the response they retake, 2 to 12 months later and before now, keeping its profile and contact", () => {
    for (const retake of retakes) {
      const previous = retake.previous!;
      expect(previous.retaken).toBe(true);
      expect(responses.indexOf(retake)).toBe(responses.indexOf(previous) + 1);
      const gap = retake.completedAt.getTime() - previous.completedAt.getTime();
      expect(gap).toBeGreaterThanOrEqual(60 * DAY_MS);
      expect(gap).toBeLessThanOrEqual(360 * DAY_MS);
      expect(retake.completedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      // The pool choice is drawn afresh for every response (demo-batches.ts), as a participant may change it on a retake.
      for (const id of Object.values(PART_A_IDS).filter((id) => id !== PART_A_IDS.pool)) expect(retake.answers[id]).toEqual(previous.answers[id]);
    }
    expect(responses.filter((response) => response.retaken && !responses.some((other) => other.previous === response))).toEqual([]);
  });

  it("leave the first responses as the generator gave them", () => {
    const firsts = responses.filter((response) => !response.previous).slice(0, 50);
    const random = seededRandom(424242);
    const again = Array.from({ length: 50 }, () => demoResponse(random, NOW));
    // Apart from the pool choice, drawn from a stream of its own (demo-batches.ts).
    const withoutPool = (answers: DemoResponse["answers"]) => Object.fromEntries(Object.entries(answers).filter(([id]) => id !== PART_A_IDS.pool));
    expect(firsts.map(({ answers, startedAt, completedAt }) => ({ answers: withoutPool(answers), startedAt, completedAt }))).toEqual(again);
  });
});
