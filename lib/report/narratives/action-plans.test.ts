// The 30/60/90-day plans: one for every scored Part C question, in our own words, and not a copy of the
// detailed-analysis paragraph the action links to.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sectionsOfPart, type ChoiceQuestion } from "@/lib/instrument";
import { ACTION_PLANS, planFor, type Plan } from "./action-plans";
import { narrativeFor } from "./index";

const RUN_LENGTH = 8;
const REFERENCE = path.resolve(import.meta.dirname, "../../../../shared/reference/dealmaker365-pipeline-archive.txt");

const scored = sectionsOfPart("C")
  .flatMap((section) => section.questions)
  .filter((question): question is ChoiceQuestion => question.kind === "choice" && question.scoring.length > 0);

const steps = (plan: Plan) => [plan.days30, plan.days60, plan.days90];
const allSteps = ACTION_PLANS.flatMap((entry) => [entry.fix, entry.scale, ...Object.values(entry.fixByAnswer ?? {})].flatMap(steps));

const words = (text: string) => text.toLowerCase().replace(/['’‘]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
function runs(text: string): string[] {
  const list = words(text);
  return list.slice(0, Math.max(0, list.length - RUN_LENGTH + 1)).map((_, start) => list.slice(start, start + RUN_LENGTH).join(" "));
}

describe("action plans", () => {
  it("cover every scored Part C question once, and answers they name exist", () => {
    expect(ACTION_PLANS.map((plan) => plan.questionId).sort()).toEqual(scored.map((q) => q.id).sort());
    for (const entry of ACTION_PLANS) {
      const codes = scored.find((q) => q.id === entry.questionId)!.options.map((option) => option.value);
      for (const code of Object.keys(entry.fixByAnswer ?? {})) expect(codes).toContain(code);
    }
  });

  it("pick the fix for problems, the answer's own fix where there is one, and the scaling plan for strengths", () => {
    const crm = ACTION_PLANS.find((plan) => plan.questionId === "c.methodology.crm-age")!;
    expect(planFor(crm.questionId, "STOP", "no-crm")).toBe(crm.fixByAnswer!["no-crm"]);
    expect(planFor(crm.questionId, "CHANGE", "under-1-year")).toBe(crm.fix);
    expect(planFor(crm.questionId, "KEEP", "over-5-years")).toBe(crm.scale);
    expect(() => planFor("b.numbers.won-value", "KEEP", "x")).toThrow(/No action plan/);
  });

  it("are plain steps: whole sentences, no figures or placeholders, a scaling step shorter than a fix", () => {
    for (const step of allSteps) {
      expect(step, step).toMatch(/^[A-Z].*[.?]$/);
      expect(step, step).not.toMatch(/[0-9{}]/);
      expect(words(step).length, step).toBeLessThanOrEqual(40);
    }
    for (const entry of ACTION_PLANS) {
      const length = (plan: Plan) => steps(plan).join(" ").length;
      expect(length(entry.scale), entry.questionId).toBeLessThan(length(entry.fix));
    }
  });

  it("share no run of eight words with the paragraphs of their own question", () => {
    const copied = ACTION_PLANS.flatMap((entry) => {
      const paragraphs = new Set(Object.values(narrativeFor(entry.questionId)!.byAnswer).flatMap(runs));
      const plans = [entry.fix, entry.scale, ...Object.values(entry.fixByAnswer ?? {})];
      return plans.flatMap(steps).flatMap(runs).filter((run) => paragraphs.has(run)).map((run) => `${entry.questionId}: "${run}"`);
    });
    expect(copied).toEqual([]);
  });

  it.skipIf(!existsSync(REFERENCE))("share no run of eight words with the reference archive", () => {
    const reference = new Set(runs(readFileSync(REFERENCE, "utf8")));
    expect(allSteps.flatMap(runs).filter((run) => reference.has(run))).toEqual([]);
  });
});
