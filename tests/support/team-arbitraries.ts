// fast-check arbitraries for the team dashboard's pure figures (lib/teams): members with any role, any or missing
// indices, hard numbers, section scores and Part C answers.
import fc from "fast-check";
import { findQuestion, PART_A_IDS } from "@/lib/instrument";
import { HARD_NUMBERS, PEER_METRICS } from "@/lib/scoring";
import type { TeamResponseFigures } from "@/lib/teams/team-figures";
import { gapQuestions, gapSections } from "@/lib/teams/team-rules";

const ROLES = (findQuestion(PART_A_IDS.role) as { options: { value: string }[] }).options.map((option) => option.value);

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 5 });
const percent = fc.integer({ min: 0, max: 100 });

export const teamResponseArbitrary: fc.Arbitrary<TeamResponseFigures> = fc.record({
  role: maybe(fc.constantFrom(...ROLES)),
  indices: fc.record(Object.fromEntries(PEER_METRICS.map((metric) => [metric, maybe(percent)])) as Record<(typeof PEER_METRICS)[number], fc.Arbitrary<number | null>>),
  hardNumbers: fc.record(
    Object.fromEntries(HARD_NUMBERS.map((metric) => [metric, maybe(fc.double({ min: 0, max: 1000, noNaN: true }))])) as Record<
      (typeof HARD_NUMBERS)[number],
      fc.Arbitrary<number | null>
    >,
  ),
  sectionScores: fc.record(Object.fromEntries(gapSections().map((section) => [section.id, maybe(percent)]))),
  answers: fc.record(
    Object.fromEntries(gapQuestions().map((question) => [question.id, fc.constantFrom(...question.options.map((option) => option.value))])),
    { requiredKeys: [] },
  ),
});

/** A team: the minimum (3–6), members (0–20) and perhaps a leader's response. */
export const teamArbitrary = fc.record({
  minimum: fc.integer({ min: 3, max: 6 }),
  members: fc.array(teamResponseArbitrary, { maxLength: 20 }),
  leader: fc.option(teamResponseArbitrary, { nil: null }),
  drafts: fc.integer({ min: 0, max: 5 }),
});

export type TeamCase = typeof teamArbitrary extends fc.Arbitrary<infer T> ? T : never;
