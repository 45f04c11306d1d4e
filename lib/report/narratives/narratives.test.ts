import { describe, expect, it } from "vitest";
import { sectionsOfPart, type ChoiceQuestion } from "@/lib/instrument";
import { COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS } from "@/lib/scoring/bands";
import { INDEX_NARRATIVES, NARRATIVE_VERSION, QUESTION_NARRATIVES, indexNarrative, narrativeFor } from "./index";
import { allTemplates, placeholdersIn, sentencesOf, withoutFigures } from "./template-text";
import { PLACEHOLDERS } from "./types";

function choiceQuestionsOf(part: "C" | "D"): ChoiceQuestion[] {
  return sectionsOfPart(part)
    .flatMap((section) => section.questions)
    .filter((question): question is ChoiceQuestion => question.kind === "choice");
}

const partC = choiceQuestionsOf("C");
const partD = choiceQuestionsOf("D");
const narrated = [...partC, ...partD];
const templates = allTemplates();

function answersOf(questions: readonly ChoiceQuestion[]) {
  return questions.flatMap((question) =>
    Object.entries(narrativeFor(question.id)!.byAnswer).map(([code, text]) => ({ where: `${question.id} / ${code}`, text })),
  );
}

describe("question narratives cover the instrument", () => {
  it("has exactly one narrative per Part C and Part D choice question", () => {
    expect(narrated.length).toBeGreaterThanOrEqual(45);
    expect(QUESTION_NARRATIVES.map((narrative) => narrative.questionId).sort()).toEqual(
      narrated.map((question) => question.id).sort(),
    );
  });

  it.each(narrated.map((question) => [question.id, question] as const))(
    "%s has a non-empty paragraph for every option and no extra codes",
    (id, question) => {
      const narrative = narrativeFor(id);
      expect(narrative).toBeDefined();
      expect(Object.keys(narrative!.byAnswer).sort()).toEqual(question.options.map((option) => option.value).sort());
      for (const text of Object.values(narrative!.byAnswer)) expect(text.trim().length).toBeGreaterThan(40);
    },
  );

  it("gives every scored question KEEP / CHANGE / STOP titles and unscored ones none", () => {
    for (const question of narrated) {
      const actions = narrativeFor(question.id)!.actions;
      if (question.scoring.length === 0) {
        expect(actions, question.id).toBeUndefined();
        continue;
      }
      expect(actions, question.id).toBeDefined();
      const { keep, change, stop } = actions!;
      for (const title of [keep, change, stop]) {
        expect(title.split(/\s+/).length, `${question.id}: "${title}"`).toBeLessThanOrEqual(8);
        expect(title, question.id).not.toMatch(/[.!?]$/);
      }
      expect(keep, question.id).toMatch(/^Keep /);
      expect(stop, question.id).toMatch(/^Stop /);
      expect(change, question.id).not.toMatch(/^(Keep|Stop) /);
    }
  });

  it("returns nothing for a question the report does not narrate", () => {
    expect(narrativeFor("b.numbers.won-value")).toBeUndefined();
  });
});

describe("index narratives cover every band", () => {
  const tables = [
    ["overall", COMPANY_BANDS],
    ["value", REVENUE_POTENTIAL_BANDS],
    ["number", REVENUE_POTENTIAL_BANDS],
    ["winRate", REVENUE_POTENTIAL_BANDS],
    ["salesCycle", REVENUE_POTENTIAL_BANDS],
    ["personal", PERSONAL_BANDS],
  ] as const;

  it("has one narrative per index and nothing else", () => {
    expect(INDEX_NARRATIVES.map((narrative) => narrative.index).sort()).toEqual(tables.map(([index]) => index).sort());
  });

  it.each(tables)("%s explains itself in terms of sales velocity and has a paragraph for each band", (index, bands) => {
    const narrative = indexNarrative(index);
    expect(narrative.explains).toMatch(/velocity/);
    expect(Object.keys(narrative.byBand).sort()).toEqual(bands.map((band) => band.name).sort());
    for (const text of Object.values(narrative.byBand)) expect(text).toContain("{score}");
  });

  it("carries a version for the stored report document", () => {
    expect(NARRATIVE_VERSION).toMatch(/^\d{4}\.\d+$/);
  });
});

describe("templates are safe to render", () => {
  const allowed = Object.keys(PLACEHOLDERS);

  it.each(templates.map((entry) => [entry.where, entry] as const))("%s", (_, { text, kind }) => {
    for (const name of placeholdersIn(text)) expect(allowed).toContain(name);
    expect(text.replace(/\{[a-zA-Z]+\}/g, "")).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/undefined|NaN|null/);
    if (kind === "gap") {
      // A gap is printed only when its evidence holds, so {standing} and {score} are always there; every other
      // figure sits in a [bracketed phrase] of its own, left out when it is missing or already said.
      const optional = [...text.matchAll(/\[([^[\]]*)\]/g)].map(([, phrase]) => phrase!);
      for (const phrase of optional) expect(placeholdersIn(phrase)).toHaveLength(1);
      expect(placeholdersIn(text.replace(/\[[^[\]]*\]/g, "")).filter((name) => name !== "standing" && name !== "score")).toEqual([]);
      expect(text.replace(/\[[^[\]]*\]/g, "")).not.toMatch(/[[\]]|\s[,.:]|\s{2}/);
      return;
    }
    // Each figure sits in a sentence of its own, so dropping a missing one never takes another figure with it.
    // {companySubject} is never missing (the name or "Your company"), so it does not count.
    for (const sentence of sentencesOf(text))
      expect(placeholdersIn(sentence).filter((name) => name !== "companySubject").length).toBeLessThanOrEqual(1);
    // With every figure missing the paragraph still says something: 2–4 sentences of prose for an answer;
    // for a band, whose {score} is always known, at least two sentences.
    const prose = withoutFigures(text, kind === "band" ? ["score", "companySubject"] : ["companySubject"]);
    if (kind === "answer") {
      expect(prose.length).toBeGreaterThanOrEqual(2);
      expect(prose.length).toBeLessThanOrEqual(4);
    } else {
      expect(prose.length).toBeGreaterThanOrEqual(kind === "band" ? 2 : 1);
    }
  });
});

describe("paragraphs are distinct and in the right voice", () => {
  it("never gives two answers of one question the same text", () => {
    for (const narrative of QUESTION_NARRATIVES) {
      const texts = Object.values(narrative.byAnswer);
      expect(new Set(texts).size, narrative.questionId).toBe(texts.length);
    }
  });

  it("uses no paragraph twice anywhere in the library", () => {
    const texts = templates.map((entry) => entry.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("speaks to the individual in Part D, not to a sales leader", () => {
    const offenders = answersOf(partD).filter(
      ({ text }) => !/\byour?\b/i.test(text) || /\byour (sellers|managers)\b/i.test(text),
    );
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });

  it("speaks to the company in Part C", () => {
    const offenders = answersOf(partC).filter(({ text }) => !/\byour?\b/i.test(text) || /\bI\b/.test(text));
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });
});
