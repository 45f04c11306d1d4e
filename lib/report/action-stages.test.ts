// The order of attack: who is staged, which actions start first, and the paragraph that says so.
import { describe, expect, it } from "vitest";
import { scalingText, stagingText } from "./action-order-text";
import { isPrerequisite, stagePicks, standingOf } from "./action-stages";
import type { LeverGap } from "./action-stakes";
import type { ActionPick } from "./actions";

const pick = (id: string, kind: ActionPick["kind"], answer = "strongly-disagree") => ({ kind, answer, question: { id } }) as unknown as ActionPick;
const priced = (lever: LeverGap["lever"], amount: number): LeverGap => ({ lever, status: "priced", own: 1, median: 1, gap: 0, amount, lead: 0, leadAmount: 0 });

describe("standingOf", () => {
  const ahead = [priced("winRate", 0), priced("value", 0)];
  const behind = [priced("winRate", 100), priced("value", 0)];
  it.each([
    ["a Foundation Builder", "Foundation Builder", behind, [], "weak"],
    ["an Emerging Performer", "Emerging Performer", behind, [], "weak"],
    ["a Solid Performer with three STOPs", "Solid Performer", behind, [pick("a", "STOP"), pick("b", "STOP"), pick("c", "STOP")], "weak"],
    ["a Solid Performer behind on one lever", "Solid Performer", behind, [pick("a", "STOP")], "middling"],
    ["a Solid Performer at or above every median", "Solid Performer", ahead, [], "strong"],
    ["a High Performer behind on one lever", "High Performer", behind, [], "strong"],
    ["World Class", "World Class", behind, [], "strong"],
    ["a World Class company with three STOPs", "World Class", ahead, [pick("a", "STOP"), pick("b", "STOP"), pick("c", "STOP")], "weak"],
    ["no band and no priced lever", null, [{ lever: "winRate", status: "unpriced", reason: "sales-numbers" } as LeverGap], [], "middling"],
  ] as const)("calls %s %s", (_, band, gaps, picks, standing) => {
    expect(standingOf(band, gaps, picks)).toBe(standing);
  });
});

describe("stagePicks", () => {
  it("starts the two most valuable problems now, the next two next quarter and the rest after", () => {
    const picks = ["a", "b", "c", "d"].map((id) => pick(id, "STOP"));
    const staged = stagePicks([...picks, pick("k", "KEEP", "agree")]);
    expect(staged.map((s) => [s.pick.question.id, s.stage, s.prerequisite])).toEqual([
      ["a", "now", false],
      ["b", "now", false],
      ["c", "next-quarter", false],
      ["d", "next-quarter", false],
      ["k", "quarter-after", false],
    ]);
  });

  it("stages strengths alone when there is no problem", () => {
    const staged = stagePicks(["a", "b", "c"].map((id) => pick(id, "KEEP", "agree")));
    expect(staged.map((s) => s.stage)).toEqual(["now", "now", "next-quarter"]);
  });

  it("brings a missing CRM forward beside the most valuable problem, ahead of more valuable ones", () => {
    const crm = pick("c.methodology.crm-age", "STOP", "no-crm");
    expect(isPrerequisite(crm)).toBe(true);
    expect(isPrerequisite(pick("c.methodology.crm-age", "CHANGE", "under-1-year"))).toBe(false);
    const staged = stagePicks([pick("a", "STOP"), pick("b", "STOP"), pick("c", "CHANGE"), crm, pick("k", "KEEP", "agree")]);
    expect(staged.map((s) => [s.pick.question.id, s.stage, s.prerequisite])).toEqual([
      ["a", "now", false],
      ["c.methodology.crm-age", "now", true],
      ["b", "next-quarter", false],
      ["c", "next-quarter", false],
      ["k", "quarter-after", false],
    ]);
  });
});

describe("the order-of-attack paragraphs", () => {
  it("stage a weak company's actions and say the detailed analysis waits", () => {
    const crm = pick("c.methodology.crm-age", "STOP", "no-crm");
    const staged = stagePicks([pick("a", "STOP"), pick("b", "STOP"), pick("c", "CHANGE"), crm, pick("k", "KEEP", "agree")]);
    expect(stagingText(staged, "many-gaps")).toBe(
      "There are more gaps here than a team can close at once, so the actions are staged rather than run side by side. Start actions 1 and 2 in the first 30 days, then take on actions 3 and 4 next quarter and action 5 in the quarter after. Action 2 comes early because other fixes depend on it. Each plan's 30, 60 and 90 days count from the day its stage starts. The other fixes in the detailed analysis wait until these are in place.",
    );
  });

  it("order a very small team's three actions one after another", () => {
    const staged = stagePicks([pick("a", "STOP"), pick("b", "CHANGE"), pick("k", "KEEP", "agree")]);
    expect(stagingText(staged, "very-small-team")).toMatch(/^With five or fewer sellers you will carry these actions yourself.* Start actions 1 and 2 in the first 30 days, then take on action 3 next quarter\./);
  });

  it("tell a strong company to scale its strengths, not keep them up", () => {
    expect(scalingText(["KEEP", "KEEP"])).toMatch(/^Your results already rest on the practices below, so the work is to scale them rather than keep them up/);
    expect(scalingText(["CHANGE", "KEEP"])).toMatch(/^Where you are already strong, the work is to scale/);
    expect(scalingText(["CHANGE", "STOP"])).toBeNull();
  });
});
