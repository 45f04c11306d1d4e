// Each profile variant, one by one: there is a company profile (sales model, team size, industry) for which it is
// the first variant that holds, and for that profile the narration prints it, for every answer or band it names.
import { describe, expect, it } from "vitest";
import { findQuestion, PART_A_IDS, PART_B_IDS as B, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { analyseSales, salesNumbers } from "@/lib/scoring";
import { figureSignals, holds } from "../conditions";
import { startNarration } from "../narration";
import { INDEX_NARRATIVES, QUESTION_NARRATIVES } from "./index";
import { AGREEMENT_PAIRS } from "./agreement-pairs";
import { PROFILE_CONDITIONS } from "./profile-conditions";
import { CONDITIONS, type ConditionId } from "./conditions";

/** Figures no perception gap reacts to without peers: a 30% unit win rate, 90% of quota, half the sellers at quota. */
const FIGURES: Answers = {
  [B.newOpportunities]: 100,
  [B.wonCount]: 30,
  [B.wonValue]: 900_000,
  [B.lostCount]: 70,
  [B.lostValue]: 2_100_000,
  [B.cycleDays]: 90,
  [B.quotaAttainment]: 90,
  [B.sellersAtQuota]: 50,
  [B.currency]: "usd",
};

const options = (id: string) => (findQuestion(id) as ChoiceQuestion).options.map((option) => option.value);

/** Every combination of the three profile answers the conditions read. */
const PROFILES: Answers[] = options(PART_A_IDS.salesModel).flatMap((model) =>
  options(PART_A_IDS.salesTeamSize).flatMap((team) =>
    options(PART_A_IDS.industry).map((industry) => ({
      [PART_A_IDS.salesModel]: model,
      [PART_A_IDS.salesTeamSize]: team,
      [PART_A_IDS.industry]: industry,
    })),
  ),
);

const isProfile = (id: ConditionId) => id in PROFILE_CONDITIONS;

/** Answers that pairs of answers that must agree, or hedges settled by another answer, read: not in the base. */
const READ_ELSEWHERE = new Set([
  ...AGREEMENT_PAIRS.flatMap((pair) => [pair.first.question, pair.second.question]),
  ...Object.entries(CONDITIONS).flatMap(([id, c]) => ("question" in c && !isProfile(id as ConditionId) ? [c.question] : [])),
]);
const BASE = Object.fromEntries(Object.entries(buildAnswers("middle")).filter(([id]) => !READ_ELSEWHERE.has(id)));

function factsFor(profile: Answers, overrides: Answers = {}) {
  const answers = { ...BASE, ...FIGURES, ...profile, ...overrides };
  const sales = analyseSales(salesNumbers(answers));
  return { answers, sales, facts: { answers, signals: figureSignals(sales, []) } };
}

/** A profile for which `when` is the first of `conditions` that holds, if there is one. */
function profileWhereFirst(conditions: readonly ConditionId[], when: ConditionId, overrides: Answers = {}) {
  return PROFILES.find((profile) => {
    const { facts } = factsFor(profile, overrides);
    return conditions.find((id) => holds(id, facts)) === when;
  });
}

const questionCases = QUESTION_NARRATIVES.flatMap((narrative) =>
  (narrative.variants ?? [])
    .filter((variant) => isProfile(variant.when))
    .flatMap((variant) => variant.answers.map((answer) => ({ narrative, variant, answer }))),
);

const bandCases = INDEX_NARRATIVES.flatMap((narrative) =>
  (narrative.variants ?? []).flatMap((variant) => variant.bands.map((band) => ({ narrative, variant, band }))),
);

describe("every profile variant is printed for a profile where it is the first to hold", () => {
  it.each(questionCases.map((c) => [`${c.narrative.questionId} / ${c.answer} / ${c.variant.when}`, c] as const))(
    "%s",
    (_, { narrative, variant, answer }) => {
      const overrides = { [narrative.questionId]: answer };
      const conditions = (narrative.variants ?? []).filter((v) => v.answers.includes(answer)).map((v) => v.when);
      const profile = profileWhereFirst(conditions, variant.when, overrides);
      expect(profile, "no profile reaches this variant").toBeDefined();
      const { answers, sales } = factsFor(profile!, overrides);
      const planned = startNarration({ answers, sales, peers: null }).forAnswer(narrative.questionId, answer, {});
      expect(planned?.key).toBe(`${narrative.questionId}:${answer}:${variant.when}`);
      expect(planned?.template).toBe(variant.text);
    },
  );

  it.each(bandCases.map((c) => [`${c.narrative.index} / ${c.band} / ${c.variant.when}`, c] as const))(
    "%s",
    (_, { narrative, variant, band }) => {
      const conditions = (narrative.variants ?? []).filter((v) => v.bands.includes(band)).map((v) => v.when);
      const profile = profileWhereFirst(conditions, variant.when);
      expect(profile, "no profile reaches this variant").toBeDefined();
      const { answers, sales } = factsFor(profile!);
      const planned = startNarration({ answers, sales, peers: null }).forBand(narrative.index, band, {});
      expect(planned?.key).toBe(`${narrative.index}:${band}:${variant.when}`);
      expect(planned?.template).toBe(variant.text);
    },
  );

  it("prints the plain paragraph when no profile condition of the answer holds", () => {
    const profile = { [PART_A_IDS.salesModel]: "field", [PART_A_IDS.salesTeamSize]: "51-200", [PART_A_IDS.industry]: "healthcare" };
    const { answers, sales } = factsFor(profile, { "c.velocity.major-accounts": "disagree" });
    const narration = startNarration({ answers, sales, peers: null });
    expect(narration.forAnswer("c.velocity.major-accounts", "disagree", {})?.key).toBe("c.velocity.major-accounts:disagree");
    expect(narration.forBand("number", "Major", {})?.key).toBe("number:Major");
  });
});
