// Deterministic, realistic synthetic responses for the demo and for benchmarks. Each company
// gets a hidden "maturity"; its competency answers scatter around it, its seller's personal
// practice leans the same way, and its sales numbers agree with it — so indices, win rates and
// cycle lengths correlate the way they do in real data. Pure: the random source and `now` come in.
import {
  instrument as currentInstrument,
  PART_A_IDS,
  type Answers,
  type ChoiceQuestion,
  type Instrument,
} from "@/lib/instrument";
import { demoSalesNumbers } from "./sales-numbers";
import { bell, clamp01, pick, type Random } from "./random";

export type DemoResponse = {
  answers: Answers;
  startedAt: Date;
  completedAt: Date;
};

// Industries differ a little in how mature their selling is, so benchmarks by industry differ too.
const INDUSTRY_LIFT: Record<string, number> = {
  software: 0.08, "it-services": 0.05, telecoms: 0.03, "financial-services": 0.02,
  "public-education": -0.08, "retail-consumer": -0.04, "transport-logistics": -0.05,
};
const DAY_MS = 86_400_000;

function choiceAt(question: ChoiceQuestion, position: number): string {
  const index = Math.round(clamp01(position) * (question.options.length - 1));
  return question.options[index]!.value;
}

function profileAnswers(random: Random, source: Instrument): Answers {
  const answers: Answers = {};
  for (const section of source.sections.filter((s) => s.id === "a.profile")) {
    for (const question of section.questions) {
      if (question.kind !== "choice") continue;
      // Smaller companies and mid-size teams are more common, as in any open study.
      const weights = question.options.map((_, i) => (question.id === PART_A_IDS.companySize ? 6 - i : 1));
      answers[question.id] = pick(random, question.options, weights).value;
    }
  }
  return answers;
}

export function demoResponse(random: Random, now: Date, source: Instrument = currentInstrument): DemoResponse {
  const profile = profileAnswers(random, source);
  const industry = String(profile[PART_A_IDS.industry] ?? "other");
  const maturity = clamp01(bell(random) + (INDUSTRY_LIFT[industry] ?? 0));
  const personal = clamp01(0.6 * maturity + 0.4 * bell(random));
  const answers: Answers = { ...profile };

  for (const section of source.sections) {
    if (section.part !== "C" && section.part !== "D") continue;
    const level = section.part === "C" ? maturity : personal;
    for (const question of section.questions) {
      if (question.kind !== "choice") continue;
      if (!question.required && random() < 0.08) continue;
      const unsure = question.scale === "agreement" && random() < 0.06;
      answers[question.id] = unsure ? "not-sure" : choiceAt(question, level + 0.45 * (random() - 0.5));
    }
  }
  Object.assign(
    answers,
    demoSalesNumbers(random, maturity, String(profile[PART_A_IDS.salesTeamSize]), String(profile[PART_A_IDS.revenue])),
  );

  const completedAt = new Date(now.getTime() - Math.floor(random() * 540 * DAY_MS));
  const minutes = 9 + Math.round(18 * bell(random));
  return { answers, startedAt: new Date(completedAt.getTime() - minutes * 60_000), completedAt };
}

export function demoResponses(random: Random, count: number, now: Date, source?: Instrument): DemoResponse[] {
  return Array.from({ length: count }, () => demoResponse(random, now, source));
}
