import { describe, expect, it } from "vitest";
import { COMPANY_INDICES, InstrumentSchema, PART_IDS, SCORE_INDICES, type Question } from "./definition";
import {
  INSTRUMENT_VERSION,
  allQuestions,
  findQuestion,
  findSection,
  instrument,
  questionImpact,
  questionsForIndex,
  secondsRemaining,
  sectionOfQuestion,
  sectionsOfPart,
  totalEstimatedSeconds,
} from "./instrument";

const questions = allQuestions();
const scored = questions.filter((question) => question.scoring.length > 0);
const choices = questions.filter((question): question is Extract<Question, { kind: "choice" }> => question.kind === "choice");

describe("instrument definition", () => {
  it("matches the definition schema and names its version", () => {
    expect(InstrumentSchema.safeParse(instrument).success).toBe(true);
    expect(instrument).toMatchObject({ id: "dealmaker-index", version: INSTRUMENT_VERSION });
  });

  it("has unique question ids and unique section ids", () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionIds = instrument.sections.map((section) => section.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
  });

  it.each(instrument.sections.map((section) => [section.id, section] as const))(
    "section %s is non-empty, belongs to a known part and prefixes its question ids",
    (id, section) => {
      expect(section.questions.length).toBeGreaterThan(0);
      expect(instrument.parts.map((part) => part.id)).toContain(section.part);
      expect(id.startsWith(section.part.toLowerCase() + ".")).toBe(true);
      for (const question of section.questions) expect(question.id.startsWith(`${id}.`)).toBe(true);
    },
  );

  it("orders the steps part by part, A to E", () => {
    const order = instrument.sections.map((section) => PART_IDS.indexOf(section.part));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each(choices.map((question) => [question.id, question] as const))(
    "choice %s has unique option codes",
    (_, question) => {
      const codes = question.options.map((option) => option.value);
      expect(codes.length).toBeGreaterThanOrEqual(2);
      expect(new Set(codes).size).toBe(codes.length);
    },
  );

  it.each(scored.map((question) => [question.id, question] as const))(
    "scored %s has positive weights, one per index, and monotone scores from 0 to 1",
    (_, question) => {
      const indices = question.scoring.map((entry) => entry.index);
      expect(new Set(indices).size).toBe(indices.length);
      for (const entry of question.scoring) expect(entry.weight).toBeGreaterThan(0);
      expect(question.kind).toBe("choice");
      if (question.kind !== "choice") return;
      const scores = question.options.map((option) => option.score);
      for (const score of scores) expect(score).toBeTypeOf("number");
      const numbers = scores as number[];
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      expect(numbers.at(0)).toBe(0);
      expect(numbers.at(-1)).toBe(1);
    },
  );

  it("keeps scores off unscored questions, so nobody mistakes a profile answer for a rating", () => {
    for (const question of choices.filter((q) => q.scoring.length === 0)) {
      expect(question.options.every((option) => option.score === undefined), question.id).toBe(true);
    }
  });

  it("has number bounds with min below max", () => {
    for (const question of questions) {
      if (question.kind === "number") expect(question.min, question.id).toBeLessThan(question.max);
      if (question.kind === "pipeline") expect(question.minStages).toBeLessThan(question.maxStages);
    }
  });

  it("feeds company indices from Part C and the personal index from Part D only", () => {
    for (const question of scored) {
      const part = sectionOfQuestion(question.id)?.part;
      const indices = question.scoring.map((entry) => entry.index);
      if (part === "C") expect(indices.every((index) => index !== "personal"), question.id).toBe(true);
      else expect(part === "D" && indices.every((index) => index === "personal"), question.id).toBe(true);
    }
  });

  it.each(COMPANY_INDICES.map((index) => [index]))("company index %s has at least 6 scored items", (index) => {
    expect(questionsForIndex(index).length).toBeGreaterThanOrEqual(6);
  });

  it("personal index has at least 10 scored items and every index is fed", () => {
    expect(questionsForIndex("personal").length).toBeGreaterThanOrEqual(10);
    for (const index of SCORE_INDICES) expect(questionsForIndex(index).length).toBeGreaterThan(0);
  });

  it("has the planned size: about 70 inputs, nine company sections of 1 to 6 items, three personal ones", () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(questions.length).toBeLessThanOrEqual(75);
    const partC = sectionsOfPart("C");
    expect(partC).toHaveLength(9);
    for (const section of partC) expect(section.questions.length).toBeLessThanOrEqual(6);
    const partCItems = partC.flatMap((section) => section.questions).length;
    expect(partCItems).toBeGreaterThanOrEqual(30);
    expect(partCItems).toBeLessThanOrEqual(38);
    expect(sectionsOfPart("D")).toHaveLength(3);
    expect(instrument.parts.find((part) => part.id === "E")?.optional).toBe(true);
  });

  it("takes 15 to 20 minutes, and each section's estimate is the sum of its questions", () => {
    for (const section of instrument.sections) {
      const sum = section.questions.reduce((total, question) => total + question.seconds, 0);
      expect(section.estimatedSeconds, section.id).toBe(sum);
    }
    const optional = sectionsOfPart("E").reduce((total, section) => total + section.estimatedSeconds, 0);
    expect(totalEstimatedSeconds() - optional).toBeGreaterThanOrEqual(15 * 60);
    expect(totalEstimatedSeconds()).toBeLessThanOrEqual(21 * 60);
  });
});

describe("lookups", () => {
  it("finds questions and sections by id, and nothing for unknown ids", () => {
    expect(findQuestion("c.process.mapped-to-buyer")?.kind).toBe("choice");
    expect(findQuestion("c.process.nope")).toBeUndefined();
    expect(findSection("b.numbers")?.part).toBe("B");
    expect(findSection("z.none")).toBeUndefined();
    expect(sectionOfQuestion("d.systems.linkedin")?.id).toBe("d.systems");
  });

  it("counts down the seconds left from any step", () => {
    const [first] = instrument.sections;
    const last = instrument.sections.at(-1)!;
    expect(secondsRemaining(first!.id)).toBe(totalEstimatedSeconds());
    expect(secondsRemaining(last.id)).toBe(last.estimatedSeconds);
    expect(secondsRemaining("z.none")).toBe(0);
  });

  it("ranks decisive practices above supporting ones", () => {
    const decisive = findQuestion("c.differentiation.key-players");
    const supporting = findQuestion("c.social.conversations");
    expect(decisive && supporting && questionImpact(decisive) > questionImpact(supporting)).toBe(true);
    expect(questionImpact(findQuestion("a.profile.role")!)).toBe(0);
  });
});
