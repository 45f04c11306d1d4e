import { describe, expect, it } from "vitest";
import { instrument } from "@/lib/instrument";
import { buildAnswers } from "@/lib/instrument/fixtures";
import { classifyAnswer, pickActions } from "./actions";

describe("classifyAnswer", () => {
  it.each([
    [0, "strongly-disagree", 3, "STOP"],
    [0.25, "disagree", 5, "STOP"],
    [0.25, "disagree", 2, "CHANGE"],
    [0.4, "not-sure", 5, "CHANGE"],
    [0.5, "important", 1, "CHANGE"],
    [0.75, "agree", 1, "KEEP"],
    [1, "strongly-agree", 4, "KEEP"],
  ] as const)("score %s (%s) with weight %s is %s", (score, code, weight, kind) => {
    expect(classifyAnswer(score, code, weight)).toBe(kind);
  });
});

describe("pickActions", () => {
  it("gives five KEEPs, highest weight first, when every answer is strong", () => {
    const actions = pickActions(buildAnswers("best"), instrument);
    expect(actions).toHaveLength(5);
    expect(actions.every((a) => a.kind === "KEEP")).toBe(true);
    expect(actions[0]!.question.id).toBe("c.process.mapped-to-buyer");
  });

  it("puts STOPs on the heaviest items first when every answer is weak, and four problems at most only when strengths exist", () => {
    const actions = pickActions(buildAnswers("worst"), instrument);
    expect(actions).toHaveLength(5);
    expect(actions[0]).toMatchObject({ kind: "STOP", question: { id: "c.process.mapped-to-buyer" } });
    expect(actions.filter((a) => a.kind === "STOP").length).toBeGreaterThanOrEqual(4);
  });

  it("mixes problems and a strength, most impactful first", () => {
    const answers = { ...buildAnswers("best"), "c.revenue.forecast-accuracy": "not-sure", "c.velocity.qualification": "strongly-disagree" };
    const actions = pickActions(answers, instrument);
    expect(actions.slice(0, 2).map((a) => [a.kind, a.question.id])).toEqual([
      ["STOP", "c.velocity.qualification"],
      ["CHANGE", "c.revenue.forecast-accuracy"],
    ]);
    expect(actions.slice(2).every((a) => a.kind === "KEEP")).toBe(true);
  });
});
