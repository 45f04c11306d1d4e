// Deterministic, realistic synthetic responses for the demo and for benchmarks. Each company gets a profile
// (demo-profile.ts) and a hidden "maturity"; its competency answers scatter around it, its seller's personal
// practice leans the same way, and its sales numbers (demo-sales-numbers.ts) agree with both the segment and the
// maturity — so indices, win rates and cycle lengths correlate the way they do in real data. Participation grows
// over time (more recent months have more responses). Pure: the random source and `now` come in.
import {
  instrument as currentInstrument,
  PART_A_IDS,
  type Answers,
  type ChoiceQuestion,
  type Instrument,
} from "@/lib/instrument";
import { COMPANY_SIZES, demoProfile } from "./demo-profile";
import { demoSalesNumbers } from "./demo-sales-numbers";
import { bell, clamp01, pick, type Random } from "./random";

export type DemoResponse = {
  answers: Answers;
  startedAt: Date;
  completedAt: Date;
  /** A retake of this response follows it in the stream (demo-retakes.ts): it gets a participant id. */
  retaken?: boolean;
  /** The same participant's previous response, which this one retakes. */
  previous?: DemoResponse;
};

/** What a response's answers are drawn around: the company and the level of its selling and of the participant's. */
export interface DemoLevels {
  /** Part A answers (profile) and contact details, kept by a retake. */
  fixed: Answers;
  industry: string;
  maturity: number;
  personal: number;
}

// Industries differ a little in how mature their selling is, so benchmarks by industry differ too.
const INDUSTRY_LIFT: Record<string, number> = {
  software: 0.08, "it-services": 0.05, telecoms: 0.03, "financial-services": 0.02,
  "public-education": -0.08, "retail-consumer": -0.04, "transport-logistics": -0.05,
};
/** Larger companies invest more in process and enablement: up to +0.06 for the largest band. */
const SIZE_LIFT = 0.06;
export const HISTORY_DAYS = 540;
const DAY_MS = 86_400_000;
const FIRST_NAMES = ["Alex", "Sam", "Maria", "Jonas", "Priya", "Kenji", "Fatima", "Lucas", "Chloe", "Omar", "Ana", "Li"];
const LAST_NAMES = ["Morgan", "Schmidt", "Rossi", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Kim", "Dubois"];
const COMPANY_WORDS = ["Northwind", "Bluepeak", "Redstone", "Kestrel", "Lumen", "Harbor", "Vantage", "Orbit", "Summit"];

function choiceAt(question: ChoiceQuestion, position: number): string {
  const index = Math.round(clamp01(position) * (question.options.length - 1));
  return question.options[index]!.value;
}

/** About one in six participants leave their details (with consent), as the contact step is optional. */
function demoContact(random: Random): Answers {
  if (random() >= 0.16) return {};
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const company = `${pick(random, COMPANY_WORDS)} ${pick(random, ["Systems", "Group", "Labs", "Partners", "Industries"])}`;
  return {
    [PART_A_IDS.name]: `${first} ${last}`,
    [PART_A_IDS.email]: `${first}.${last}@${company.split(" ")[0]!.toLowerCase()}.example`.toLowerCase(),
    [PART_A_IDS.companyName]: company,
    [PART_A_IDS.consent]: true,
  };
}

/** Days before `now`: more mass near `now` (participation grew), never in the future. */
export function demoAgeDays(random: Random): number {
  return HISTORY_DAYS * (1 - Math.sqrt(random()));
}

export function demoResponse(random: Random, now: Date, source: Instrument = currentInstrument): DemoResponse {
  return demoResponseWithLevels(random, now, source).response;
}

/** A response and the levels it was drawn around, for a retake to start from. */
export function demoResponseWithLevels(random: Random, now: Date, source: Instrument = currentInstrument): { response: DemoResponse; levels: DemoLevels } {
  const profile = demoProfile(random);
  const industry = String(profile[PART_A_IDS.industry]);
  const sizeIndex = COMPANY_SIZES.indexOf(profile[PART_A_IDS.companySize] as (typeof COMPANY_SIZES)[number]);
  const lift = (INDUSTRY_LIFT[industry] ?? 0) + (SIZE_LIFT * sizeIndex) / (COMPANY_SIZES.length - 1);
  const maturity = clamp01(bell(random) + lift);
  const personal = clamp01(0.6 * maturity + 0.4 * bell(random));
  const levels = { fixed: { ...profile, ...demoContact(random) }, industry, maturity, personal };
  const completedAt = () => new Date(now.getTime() - Math.floor(demoAgeDays(random) * DAY_MS));
  return { response: demoAnswersAt(random, levels, completedAt, source), levels };
}

/**
 * Answers drawn around `levels`, completed when `completedAt` says. It is asked after the answers are drawn and before
 * the time taken, the order the generator has always drawn in, so a seed gives the same responses as before retakes.
 */
export function demoAnswersAt(random: Random, levels: DemoLevels, completedAt: () => Date, source: Instrument = currentInstrument): DemoResponse {
  const answers: Answers = { ...levels.fixed };
  for (const section of source.sections) {
    if (section.part !== "C" && section.part !== "D") continue;
    const level = section.part === "C" ? levels.maturity : levels.personal;
    for (const question of section.questions) {
      if (question.kind !== "choice") continue;
      if (!question.required && random() < 0.08) continue;
      const unsure = question.scale === "agreement" && random() < 0.06;
      answers[question.id] = unsure ? "not-sure" : choiceAt(question, level + 0.45 * (random() - 0.5));
    }
  }
  Object.assign(
    answers,
    demoSalesNumbers(random, levels.maturity, {
      industry: levels.industry,
      teamBand: String(levels.fixed[PART_A_IDS.salesTeamSize]),
      revenueBand: String(levels.fixed[PART_A_IDS.revenue]),
      salesModel: String(levels.fixed[PART_A_IDS.salesModel]),
    }),
  );
  const completed = completedAt();
  // Most finish in 12–25 minutes; a few leave the tab open for hours.
  const minutes = random() < 0.05 ? 60 + 600 * random() : 8 + 22 * bell(random);
  return { answers, startedAt: new Date(completed.getTime() - Math.round(minutes * 60_000)), completedAt: completed };
}

export function demoResponses(random: Random, count: number, now: Date, source?: Instrument): DemoResponse[] {
  return Array.from({ length: count }, () => demoResponse(random, now, source));
}
