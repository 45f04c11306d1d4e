// The 30/60/90-day plans: one for every scored Part C question, in our own words, and not a copy of the
// detailed-analysis paragraph the action links to.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sectionsOfPart, type ChoiceQuestion } from "@/lib/instrument";
import { NO_REFERENCE_ARCHIVE, referenceArchive } from "@/tests/support/reference-archive";
import { PLAN_VARIANTS, planVariantsTable, type VariantCondition } from "./action-plan-variants";
import { ACTION_PLANS, planFor, variantFor, type Plan } from "./action-plans";
import { narrativeFor } from "./index";

const RUN_LENGTH = 8;

const scored = sectionsOfPart("C")
  .flatMap((section) => section.questions)
  .filter((question): question is ChoiceQuestion => question.kind === "choice" && question.scoring.length > 0);

const steps = (plan: Plan) => [plan.days30, plan.days60, plan.days90];
const variantPlans = PLAN_VARIANTS.flatMap((variant) => variant.plans.flatMap((entry) => [entry.fix, entry.scale].flatMap((plan) => (plan ? [{ questionId: entry.questionId, plan }] : []))));
const allSteps = [
  ...ACTION_PLANS.flatMap((entry) => [entry.fix, entry.scale, ...Object.values(entry.fixByAnswer ?? {})].flatMap(steps)),
  ...variantPlans.flatMap(({ plan }) => steps(plan)),
];

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
    const plans = [
      ...ACTION_PLANS.flatMap((entry) => [entry.fix, entry.scale, ...Object.values(entry.fixByAnswer ?? {})].map((plan) => ({ questionId: entry.questionId, plan }))),
      ...variantPlans,
    ];
    const copied = plans.flatMap(({ questionId, plan }) => {
      const paragraphs = new Set(Object.values(narrativeFor(questionId)!.byAnswer).flatMap(runs));
      return steps(plan).flatMap(runs).filter((run) => paragraphs.has(run)).map((run) => `${questionId}: "${run}"`);
    });
    expect(copied).toEqual([]);
  });

  it("scale a strength rather than tell the company to keep it up", () => {
    const scaling = [...ACTION_PLANS.map((entry) => entry.scale), ...PLAN_VARIANTS.flatMap((v) => v.plans.flatMap((p) => (p.scale ? [p.scale] : [])))];
    for (const step of scaling.flatMap(steps)) expect(step, step).not.toMatch(/^Keep\b/);
  });

  it("share no run of eight words with the reference archive (REFERENCE_ARCHIVE)", (context) => {
    const archive = referenceArchive();
    if (archive === null) return context.skip(NO_REFERENCE_ARCHIVE);
    const reference = new Set(runs(archive));
    expect(allSteps.flatMap(runs).filter((run) => reference.has(run))).toEqual([]);
  });
});

const only = (condition: VariantCondition) => (id: VariantCondition) => id === condition;

describe("action-plan variants", () => {
  it("plan real scored questions, each at most once per variant, in the same plain steps", () => {
    for (const variant of PLAN_VARIANTS) {
      const ids = variant.plans.map((plan) => plan.questionId);
      expect(new Set(ids).size, variant.condition).toBe(ids.length);
      for (const id of ids) expect(scored.map((q) => q.id), id).toContain(id);
      for (const plan of variant.plans) expect(plan.fix ?? plan.scale, plan.questionId).toBeDefined();
    }
  });

  it.each([
    ["channel", "c.revenue.pipeline-accurate", "CHANGE", /deal registration/],
    ["channel", "c.process.followed-by-sellers", "STOP", /channel rules/],
    ["channel", "c.coaching.selling-basics", "CHANGE", /enablement/],
    ["channel", "c.velocity.enough-opportunities", "STOP", /partner/],
    ["inside", "c.velocity.enough-opportunities", "STOP", /first call/],
    ["inside", "c.velocity.cycle-length", "CHANGE", /conversion/],
    ["inside", "c.alignment.sales-marketing", "STOP", /how fast a seller must call/],
    ["small-team", "c.coaching.manager-coaching-time", "STOP", /your own calendar/],
    ["small-team", "c.differentiation.articulate-value", "STOP", /yourself/],
    ["large-team", "c.coaching.manager-coaching-time", "CHANGE", /region by region/],
    ["large-team", "c.velocity.qualification", "KEEP", /CRM/],
  ] as const)("give a %s company its own plan for %s (%s)", (condition, questionId, kind, words) => {
    const plan = planFor(questionId, kind, "disagree", only(condition));
    expect(steps(plan).join(" ")).toMatch(words);
    expect(plan).not.toEqual(planFor(questionId, kind, "disagree"));
    expect(variantFor(questionId, kind, only(condition))).toBe(condition);
  });

  it("keep the plain plan where no variant applies, and an answer's own fix before any variant", () => {
    expect(variantFor("c.social.prospecting", "STOP", () => true)).toBeNull();
    const crm = ACTION_PLANS.find((plan) => plan.questionId === "c.methodology.crm-age")!;
    expect(planFor(crm.questionId, "STOP", "no-crm", () => true)).toBe(crm.fixByAnswer!["no-crm"]);
  });

  it("let the sales model win over the team size where both plan a question", () => {
    const both = (id: VariantCondition) => id === "inside" || id === "small-team";
    expect(variantFor("c.differentiation.articulate-value", "STOP", both)).toBe("inside");
    expect(variantFor("c.velocity.enough-opportunities", "KEEP", both)).toBeNull();
  });

  it("are listed in docs/methodology.md exactly as the data has them", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../../../docs/methodology.md"), "utf8");
    const block = /<!-- generated:action-plan-variants -->\n([\s\S]*?)\n<!-- \/generated:action-plan-variants -->/.exec(doc)?.[1];
    // On failure the expected value is the table to paste between the markers.
    expect(block).toBe(planVariantsTable());
  });
});
