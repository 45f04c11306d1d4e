import { describe, expect, it } from "vitest";
import { instrument, type Instrument } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { COMPANY_BANDS, bandFor } from "./bands";
import { MINIMUM_ANSWERED } from "./index-rules";
import { ScoreResultSchema } from "./result";
import { overallIndex, scoreResponse } from "./score-response";
import { SCORING_VERSION } from "./version";

const NUMBER_ITEMS = [
  "c.alignment.sales-marketing",
  "c.velocity.enough-opportunities",
  "c.coaching.manager-coaching-time",
  "c.social.prospecting",
  "c.social.conversations",
  "c.retention.expand-accounts",
  "c.revenue.pipeline-accurate",
];

describe("overall Dealmaker Index", () => {
  it.each<[string, (number | null)[], number | null, string | null]>([
    ["the sample report", [76, 76, 75, 80], 77, "High Performer"],
    ["a mean ending in .5 rounds up", [70, 71, 70, 71], 71, "Solid Performer"],
    ["a mean ending in .25 rounds down", [60, 60, 60, 61], 60, "Solid Performer"],
    ["all at the top", [100, 100, 100, 100], 100, "World Class"],
    ["one insufficient sub-index", [76, null, 75, 80], null, null],
  ])("%s: %j ⇒ %s", (_, subIndices, overall, category) => {
    expect(overallIndex(subIndices)).toBe(overall);
    expect(bandFor(overallIndex(subIndices), COMPANY_BANDS)?.name ?? null).toBe(category);
  });
});

describe("scoreResponse", () => {
  it.each([
    ["best", 100],
    ["worst", 0],
  ] as const)("all %s answers score %i on every index, section and the overall", (pick, expected) => {
    const result = scoreResponse(buildAnswers(pick), instrument);
    for (const index of Object.values(result.indices)) expect(index).toMatchObject({ score: expected, sufficient: true });
    expect(result.overall).toBe(expected);
    for (const section of result.sectionScores) expect(section.score).toBe(expected);
  });

  it("names both versions and matches the stored-result schema", () => {
    const result = scoreResponse(buildAnswers("middle"), instrument);
    expect(result).toMatchObject({ scoringVersion: SCORING_VERSION, instrumentVersion: instrument.version });
    expect(ScoreResultSchema.safeParse(result).success).toBe(true);
  });

  it("reproduces the worked example of docs/methodology.md (Number index 69, Moderate potential)", () => {
    const answers = {
      ...buildAnswers("best"),
      "c.alignment.sales-marketing": "agree",
      "c.velocity.enough-opportunities": "strongly-agree",
      "c.coaching.manager-coaching-time": "25-50",
      "c.social.prospecting": "not-sure",
      "c.social.conversations": "disagree",
      "c.retention.expand-accounts": "agree",
      "c.revenue.pipeline-accurate": "agree",
    };
    const result = scoreResponse(answers, instrument);
    expect(result.indices.number).toEqual({ score: 69, answered: 7, required: MINIMUM_ANSWERED.number, sufficient: true });
    expect(result.revenuePotential.number?.name).toBe("Moderate");
  });

  it("reports too few answered items as insufficient data, never as 0, and leaves other indices alone", () => {
    const answers = buildAnswers("worst");
    const keep = MINIMUM_ANSWERED.number - 1;
    for (const id of NUMBER_ITEMS.slice(keep)) delete answers[id];
    const result = scoreResponse(answers, instrument);
    expect(result.indices.number).toEqual({ score: null, answered: keep, required: 4, sufficient: false });
    expect(result.overall).toBeNull();
    expect(result.companyCategory).toBeNull();
    expect(result.revenuePotential.number).toBeNull();
    expect(result.indices.personal.score).toBe(0);
    expect(result.personalCategory?.name).toBe("Getting Started");
  });

  it("scores an index once it reaches its minimum", () => {
    const answers = buildAnswers("best");
    for (const id of NUMBER_ITEMS.slice(MINIMUM_ANSWERED.number)) delete answers[id];
    expect(scoreResponse(answers, instrument).indices.number).toMatchObject({ score: 100, sufficient: true });
  });

  it("gives an empty response no scores at all, without throwing", () => {
    const result = scoreResponse({}, instrument);
    expect(result.overall).toBeNull();
    expect(Object.values(result.indices).every((index) => index.score === null && index.answered === 0)).toBe(true);
    expect(result.sectionScores.every((section) => section.score === null)).toBe(true);
  });

  it("treats an answer that is not a listed option as unanswered", () => {
    const answers = { ...buildAnswers("best"), "c.velocity.close-ratio": "maybe", "c.velocity.cycle-length": 3 };
    const result = scoreResponse(answers, instrument);
    const velocity = result.sectionScores.find((section) => section.sectionId === "c.velocity");
    expect(velocity).toMatchObject({ score: 100, answered: 3, items: 5 });
  });

  it("reports one section score per scored Part C and D section, in form order", () => {
    const ids = scoreResponse(buildAnswers("best"), instrument).sectionScores.map((section) => section.sectionId);
    expect(ids).toEqual(
      instrument.sections
        .filter((section) => section.questions.some((question) => question.scoring.length > 0))
        .map((section) => section.id),
    );
    expect(ids.every((id) => id.startsWith("c.") || id.startsWith("d."))).toBe(true);
    expect(ids).toHaveLength(12);
  });

  it("weights a section's items by their total index weight", () => {
    // c.velocity: qualification (weights 3+1), close-ratio 2, cycle-length 2, enough-opportunities 3, major-accounts 2.
    const answers = { ...buildAnswers("worst"), "c.velocity.qualification": "strongly-agree" };
    const velocity = scoreResponse(answers, instrument).sectionScores.find((s) => s.sectionId === "c.velocity");
    expect(velocity?.score).toBe(31); // 4 / 13 = 30.77%
  });

  it("rejects an instrument whose scored question has no option scores", () => {
    const broken = structuredClone(instrument) as Instrument;
    const question = broken.sections[0]!.questions[0]!;
    question.scoring = [{ index: "value", weight: 1 }];
    expect(() => scoreResponse({}, broken)).toThrow(/must be a choice with a score/);
  });
});
