import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuestion, findSection, type ChoiceQuestion } from "@/lib/instrument";
import { HARD_NUMBERS, PEER_METRICS, roundPercent } from "@/lib/scoring";
import { teamArbitrary, teamResponseArbitrary, type TeamCase } from "@/tests/support/team-arbitraries";
import { gapSentence, positionLabel } from "./gap-sentences";
import { quantile, spreadOf } from "./spread";
import { distributionBand, roundHardNumber, teamFigures, type TeamResponseFigures } from "./team-figures";
import { MANAGER_ROLES, SELLER_ROLES, gapQuestions, optionPosition } from "./team-rules";

/** The textbook median, written apart from lib/teams: the middle value, or the mean of the two middle ones. */
function bruteMedian(values: readonly (number | null | undefined)[]): { n: number; median: number | null } {
  const sorted = values.filter((value): value is number => typeof value === "number").sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, median: null };
  return { n, median: n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2 };
}

const run = (team: TeamCase) =>
  teamFigures({ minimum: team.minimum, started: team.members.length + team.drafts, members: team.members, leader: team.leader });

describe("quantiles and the disclosure of a spread", () => {
  it.each([
    { values: [1, 2, 3, 4], q: 0.5, expected: 2.5 },
    { values: [10, 20, 30], q: 0.25, expected: 15 },
    { values: [10, 20, 30, 40, 50], q: 0.75, expected: 40 },
    { values: [7], q: 0.9, expected: 7 },
  ])("percentile_cont of $values at $q is $expected", ({ values, q, expected }) => {
    expect(quantile(values, q)).toBe(expected);
  });

  it.each([
    { values: [40, 50], minimum: 3, expected: null },
    { values: [40, null, 50, null], minimum: 3, expected: null },
    { values: [40, 50, 61], minimum: 3, expected: { median: 50, p25: null, p75: null } },
    { values: [40, 50, 61, 70, 80], minimum: 3, expected: { median: 61, p25: null, p75: null } },
    { values: [10, 20, 30, 40, 50, 60], minimum: 3, expected: { median: 35, p25: 23, p75: 48 } },
  ])("$values with a minimum of $minimum → $expected", ({ values, minimum, expected }) => {
    expect(spreadOf(values, minimum, roundPercent)).toEqual(expected);
  });

  it.each([
    { score: 0, band: 0 },
    { score: 9, band: 0 },
    { score: 10, band: 1 },
    { score: 99, band: 9 },
    { score: 100, band: 9 },
  ])("a personal index of $score is in band $band", ({ score, band }) => {
    expect(distributionBand(score)).toBe(band);
  });
});

describe("the gap sentences", () => {
  const coaching = findQuestion("c.coaching.manager-coaching-time") as ChoiceQuestion;
  const section = findSection("c.coaching")!;

  it("names the options on each side, and a median between two options as such", () => {
    expect(positionLabel(coaching, 2)).toBe("“Less than 25%”");
    expect(positionLabel(coaching, 3.5)).toBe("between “25% to 50%” and “50% to 75%”");
    expect(gapSentence({ comparison: "leader-members", leader: 5, members: 2, difference: 3 }, section, coaching)).toBe(
      "“What share of their time do first-line sales managers spend coaching their sellers?” You answered “More than 75%”; " +
        "your team's median answer is “Less than 25%”. You see it more favourably than your team does.",
    );
    expect(gapSentence({ comparison: "managers-sellers", leader: 40, members: 70, difference: -30 }, section, null)).toBe(
      `${section.title}: your managers' median score is 40 out of 100; your sellers' is 70. Your sellers see it more favourably than your managers do.`,
    );
  });
});

describe("teamFigures", () => {
  it("shows nothing drawn from the members below the minimum, whatever they answered", () => {
    fc.assert(
      fc.property(teamArbitrary.filter((team) => team.members.length < team.minimum), (team) => {
        const figures = run(team);
        expect(figures).toEqual({
          started: team.members.length + team.drafts,
          completed: team.members.length,
          minimum: team.minimum,
          suppressed: true,
          indices: null,
          hardNumbers: null,
          personalDistribution: null,
          managersVersusSellers: false,
          gaps: [],
        });
      }),
    );
  });

  it("gives the same figures whatever order the members come in", () => {
    fc.assert(
      fc.property(
        teamArbitrary.chain((team) =>
          fc.shuffledSubarray(team.members, { minLength: team.members.length, maxLength: team.members.length }).map((shuffled) => ({ team, shuffled })),
        ),
        ({ team, shuffled }) => {
          expect(run({ ...team, members: shuffled })).toEqual(run(team));
        },
      ),
    );
  });

  it("publishes each median only over at least the minimum, equal to the textbook median, and quartiles only over twice it", () => {
    fc.assert(
      fc.property(teamArbitrary, (team) => {
        const figures = run(team);
        if (figures.suppressed) return;
        for (const metric of PEER_METRICS) {
          const { n, median } = bruteMedian(team.members.map((member) => member.indices[metric]));
          const spread = figures.indices![metric];
          if (n < team.minimum) expect(spread).toBeNull();
          else expect(spread?.median).toBe(roundPercent(median!));
          if (spread) expect(spread.p25 === null).toBe(n < 2 * team.minimum);
        }
        for (const metric of HARD_NUMBERS) {
          const { n, median } = bruteMedian(team.members.map((member) => member.hardNumbers[metric]));
          const spread = figures.hardNumbers![metric];
          if (n < team.minimum) expect(spread).toBeNull();
          else expect(spread?.median).toBeCloseTo(roundHardNumber(metric, median!), 6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts the personal indices per 10-point band, never as exact scores", () => {
    fc.assert(
      fc.property(teamArbitrary, (team) => {
        const figures = run(team);
        if (figures.suppressed) return;
        const counts = figures.personalDistribution!;
        expect(counts).toHaveLength(10);
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(team.members.filter((member) => member.indices.personal !== null).length);
      }),
    );
  });

  it("compares the leader with the members' median, and managers with sellers only when each side has the minimum", () => {
    fc.assert(
      fc.property(teamArbitrary, (team) => {
        const figures = run(team);
        const managers = team.members.filter((member) => member.role !== null && MANAGER_ROLES.has(member.role));
        const sellers = team.members.filter((member) => member.role !== null && SELLER_ROLES.has(member.role));
        const bothSides = !figures.suppressed && managers.length >= team.minimum && sellers.length >= team.minimum;
        expect(figures.managersVersusSellers).toBe(bothSides);
        expect(figures.gaps.some((gap) => gap.comparison === "managers-sellers")).toBe(bothSides);
        if (!team.leader || figures.suppressed) expect(figures.gaps.every((gap) => gap.comparison !== "leader-members")).toBe(true);
        for (const gap of figures.gaps) {
          const [first, second] = gap.comparison === "leader-members" ? [[team.leader!], team.members] : [managers, sellers];
          const question = gap.questionId ? (findQuestion(gap.questionId) as ChoiceQuestion) : null;
          const value = (person: TeamResponseFigures) =>
            question ? optionPosition(question, person.answers[question.id]) : person.sectionScores[gap.sectionId];
          const a = bruteMedian(first.map(value));
          const b = bruteMedian(second.map(value));
          expect(b.n).toBeGreaterThanOrEqual(team.minimum);
          if (gap.comparison === "managers-sellers") expect(a.n).toBeGreaterThanOrEqual(team.minimum);
          const shown = (median: number) => (question ? median : roundPercent(median));
          expect([gap.leader, gap.members, gap.difference]).toEqual([shown(a.median!), shown(b.median!), shown(a.median!) - shown(b.median!)]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("ranks the gaps by their share of the scale, largest first", () => {
    fc.assert(
      fc.property(teamArbitrary, (team) => {
        const { gaps } = run(team);
        for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1]!.size).toBeGreaterThanOrEqual(gaps[i]!.size);
      }),
    );
  });

  it("finds the leader's biggest disagreement first, in a hand-made team", () => {
    const coaching = gapQuestions().find((question) => question.id === "c.coaching.manager-coaching-time")!;
    const member = fc.sample(teamResponseArbitrary, { numRuns: 1, seed: 4 })[0]!;
    const members = [1, 2, 3].map(() => ({ ...member, answers: { ...member.answers, [coaching.id]: "under-25" } }));
    const leader = { ...member, answers: { ...member.answers, [coaching.id]: "over-75" } };
    const [top] = teamFigures({ minimum: 3, started: 3, members, leader }).gaps;
    expect(top).toMatchObject({ comparison: "leader-members", questionId: coaching.id, leader: 5, members: 2, difference: 3, size: 0.75 });
  });
});
