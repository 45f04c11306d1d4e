// The profile variants (variants-*.ts): every profile condition has variants, each variant fits a real question or
// band and an answer of one direction, speaks the language of its profile, carries no bare figure, and a report
// for a channel, inside or field company prints the variants that apply and no other profile's words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuestion, instrument, PART_A_IDS, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import { scoreResponse } from "@/lib/scoring";
import { COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS } from "@/lib/scoring/bands";
import { reportCaseArbitrary } from "@/tests/support/report-arbitraries";
import { buildReport } from "../build-report";
import { GAP_KEY_PREFIX } from "../perception-gap-notes";
import { CONDITIONS, type Condition, type ConditionId } from "./conditions";
import { INDEX_NARRATIVES, QUESTION_NARRATIVES } from "./index";
import { PROFILE_CONDITIONS } from "./profile-conditions";
import { PROFILE_VARIANTS } from "./profile-variants";
import { placeholdersIn } from "./template-text";

type ProfileCondition = keyof typeof PROFILE_CONDITIONS;

/** How many variants each condition has at least, and the words that show the advice is about that profile. */
const EXPECTED: Record<ProfileCondition, { atLeast: number; words: RegExp }> = {
  channel: { atLeast: 20, words: /\bpartners?'?s?\b/i },
  inside: { atLeast: 12, words: /cadence|conversion|speed to lead|talk time|recorded calls?|\bcalls?\b/i },
  field: { atLeast: 3, words: /\bvisits?\b|territor|travel/i },
  hybrid: { atLeast: 2, words: /hand(ed)?[- ]?(over|on)|inside and field/i },
  "very-small-team": { atLeast: 3, words: /five or fewer/i },
  "small-team": { atLeast: 3, words: /twenty or fewer|team your size/i },
  "large-team": { atLeast: 5, words: /two hundred|hundreds of|this size|your size|regions?\b/i },
  "recurring-revenue": { atLeast: 2, words: /recurring|renew/i },
  "project-revenue": { atLeast: 2, words: /orders and projects/i },
};

const questionVariants = PROFILE_VARIANTS.flatMap((profile) =>
  Object.entries(profile.questions).flatMap(([questionId, variants]) => variants.map((variant) => ({ questionId, ...variant }))),
);
const bandVariants = PROFILE_VARIANTS.flatMap((profile) =>
  Object.entries(profile.bands).flatMap(([index, variants]) => (variants ?? []).map((variant) => ({ index, ...variant }))),
);
const allVariants = [...questionVariants, ...bandVariants];

const AGREEMENT = ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"];
const DIRECTIONS = [["strongly-disagree", "disagree"], ["not-sure"], ["agree", "strongly-agree"]];

describe("profile variants as data", () => {
  it.each(Object.entries(EXPECTED))("%s is used by enough variants, each in its own words", (condition, { atLeast, words }) => {
    const mine = allVariants.filter((variant) => variant.when === condition);
    expect(mine.length).toBeGreaterThanOrEqual(atLeast);
    for (const variant of mine) expect(variant.text, variant.text.slice(0, 60)).toMatch(words);
  });

  it("uses only profile conditions, and every one of them", () => {
    expect(new Set(allVariants.map((variant) => variant.when))).toEqual(new Set(Object.keys(PROFILE_CONDITIONS)));
  });

  it("names real questions and real answers, all of one direction on an agreement scale", () => {
    for (const { questionId, answers } of questionVariants) {
      const question = findQuestion(questionId) as ChoiceQuestion | undefined;
      expect(question?.kind, questionId).toBe("choice");
      const codes = question!.options.map((option) => option.value);
      for (const answer of answers) expect(codes, `${questionId} / ${answer}`).toContain(answer);
      if (codes.join() === AGREEMENT.join())
        expect(DIRECTIONS.some((direction) => answers.every((a) => direction.includes(a))), `${questionId} / ${answers.join()}`).toBe(true);
    }
  });

  it("names real bands of each index", () => {
    const tables: Record<string, readonly { name: string }[]> = {
      overall: COMPANY_BANDS,
      personal: PERSONAL_BANDS,
      value: REVENUE_POTENTIAL_BANDS,
      number: REVENUE_POTENTIAL_BANDS,
      winRate: REVENUE_POTENTIAL_BANDS,
      salesCycle: REVENUE_POTENTIAL_BANDS,
    };
    for (const { index, bands } of bandVariants) {
      const names = tables[index]!.map((band) => band.name);
      for (const band of bands) expect(names, `${index} / ${band}`).toContain(band);
    }
  });

  it("never gives one answer or band two variants of the same condition (the second could never print)", () => {
    const seen = new Set<string>();
    for (const { questionId, answers, when } of questionVariants)
      for (const answer of answers) {
        const key = `${questionId}/${answer}/${when}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    for (const { index, bands, when } of bandVariants)
      for (const band of bands) {
        const key = `${index}/${band}/${when}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
  });

  it("carries no bare figure: answers name none, bands only their score and standing", () => {
    for (const { text } of questionVariants) expect(placeholdersIn(text)).toEqual([]);
    for (const { text } of bandVariants)
      for (const name of placeholdersIn(text)) expect(["score", "companySubject", "peerStanding"]).toContain(name);
  });

  it("is merged into the narratives after their own variants", () => {
    const channel = QUESTION_NARRATIVES.find((n) => n.questionId === "c.methodology.in-crm")!.variants!.map((v) => v.when);
    expect(channel.indexOf("no-crm")).toBeLessThan(channel.indexOf("channel"));
    expect(INDEX_NARRATIVES.find((n) => n.index === "number")!.variants!.map((v) => v.when)).toContain("channel");
  });
});

const withModel = (answers: Answers, model: string): Answers => ({ ...answers, [PART_A_IDS.salesModel]: model });

function reportOf(answers: Answers, peers: Parameters<typeof buildReport>[0]["peers"]) {
  return buildReport({ answers, score: scoreResponse(answers, instrument), peers });
}

type Report = ReturnType<typeof reportOf>;

const narrativeParagraphs = (doc: Report) => [
  ...doc.executive.overall,
  ...doc.executive.indices.flatMap((index) => index.paragraphs),
  ...[...doc.detailed, ...doc.personal.sections].flatMap((section) => section.paragraphs),
  ...doc.personal.paragraphs,
];

const answerHolds = (id: ConditionId, answers: Answers) => {
  const condition: Condition = CONDITIONS[id];
  return "question" in condition ? condition.answers.includes(answers[condition.question] as string) : null;
};

/** Each narrated answer prints the first variant that holds (or a gap); null where a figure condition decides. */
function variantProblems(doc: Report, answers: Answers): string[] {
  const problems: string[] = [];
  for (const paragraph of [...doc.detailed, ...doc.personal.sections].flatMap((section) => section.paragraphs)) {
    // A perception gap wins over a variant; so may a paragraph that reconciles two answers (its own key).
    if (paragraph.key.startsWith(GAP_KEY_PREFIX) || !paragraph.key.startsWith(`${paragraph.questionId}:`)) continue;
    const narrative = QUESTION_NARRATIVES.find((n) => n.questionId === paragraph.questionId)!;
    const answer = answers[paragraph.questionId] as string;
    // A variant that only resolves a hedge of the plain text yields to any other (narration.ts).
    const matching = (narrative.variants ?? []).filter((v) => v.answers.includes(answer));
    const candidates = [...matching.filter((v) => !v.hedge), ...matching.filter((v) => v.hedge)];
    const first = candidates.find((v) => answerHolds(v.when, answers) !== false);
    if (first && answerHolds(first.when, answers) === null) continue;
    const expected = first ? `${paragraph.questionId}:${answer}:${first.when}` : `${paragraph.questionId}:${answer}`;
    if (paragraph.key !== expected) problems.push(`${paragraph.key} printed, expected ${expected}`);
  }
  return problems;
}

describe("reports fit the sales model", () => {
  const RUNS = 150;
  const SEED = 20_261_202;
  const partner = EXPECTED.channel.words;

  it(`mention partners where a channel variant applies and never for a field team (${RUNS} generated responses)`, () => {
    let channelParagraphs = 0;
    fc.assert(
      fc.property(reportCaseArbitrary, ({ answers, peers }) => {
        const channel = withModel(answers, "channel");
        const doc = reportOf(channel, peers);
        const printed = narrativeParagraphs(doc).filter((p) => p.key.endsWith(":channel"));
        channelParagraphs += printed.length;
        for (const p of printed) expect(p.text, p.key).toMatch(partner);
        expect(variantProblems(doc, channel)).toEqual([]);
        const field = reportOf(withModel(answers, "field"), peers);
        expect(narrativeParagraphs(field).filter((p) => partner.test(p.text)).map((p) => p.key)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(channelParagraphs).toBeGreaterThan(RUNS * 3);
  }, 120_000);

  it(`speak of cadence and conversion where an inside variant applies (${RUNS} generated responses)`, () => {
    let insideParagraphs = 0;
    fc.assert(
      fc.property(reportCaseArbitrary, ({ answers, peers }) => {
        const model = withModel(answers, "inside");
        const doc = reportOf(model, peers);
        const printed = narrativeParagraphs(doc).filter((p) => p.key.endsWith(":inside"));
        insideParagraphs += printed.length;
        for (const p of printed) expect(p.text, p.key).toMatch(EXPECTED.inside.words);
        expect(narrativeParagraphs(doc).filter((p) => partner.test(p.text)).map((p) => p.key)).toEqual([]);
        expect(variantProblems(doc, model)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(insideParagraphs).toBeGreaterThan(RUNS);
  }, 120_000);
});
