// The shape of the report's narrative library. Narrative is data: one paragraph template per
// (question, answer) for every Part C and Part D question, one per band for each index, and a
// short action title per scored question for the Keep / Change / Stop list.
//
// Templates are plain strings with typed placeholders in braces, e.g. "{peerMedian}". Only the
// names in PLACEHOLDERS may appear; the renderer fills them from the participant's figures and
// drops a sentence whose figure is missing (never prints "undefined" or "NaN").
import type { CompanyIndex } from "@/lib/instrument";
import type { HardNumber, Quartile } from "@/lib/scoring/hard-numbers";
import type { ConditionId } from "./conditions";

export const PLACEHOLDERS = {
  companySubject: "the company as the subject of a sentence: the name the participant gave with consent, else 'Your company'",
  overall: "the company's overall Dealmaker Index, e.g. 77%",
  companyCategory: "the company band name, e.g. High Performer",
  personal: "the personal index, e.g. 89%",
  personalCategory: "the personal band name, e.g. Dealmaker Ace",
  score: "the score of the index or section the paragraph is about, e.g. 76%",
  peerMedian: "the peer group's median for that index or section, e.g. 68%",
  peerGroup: "the peer group's label, e.g. Software and internet companies with 250 to 999 employees",
  peerStanding: "how many peers scored higher, written as a sentence of its own: {peerStanding}. → 30% of your peers scored higher.",
  unitWinRate: "deals won ÷ deals decided, e.g. 40%",
  valueWinRate: "value won ÷ value decided, e.g. 36%",
  averageDeal: "average won deal value with currency, e.g. $50,000",
  cycleDays: "average sales cycle of won deals, e.g. 95 days",
  opportunities: "new qualified opportunities in 12 months, e.g. 420",
  openDeals: "number of deals still open, e.g. 35",
  openValue: "value of deals still open with currency, e.g. $1,750,000",
  velocityPerDay: "sales velocity in revenue per day with currency, e.g. $12,500",
  velocityPerYear: "sales velocity × 365: the revenue a year the figures imply, with currency, e.g. $4,562,500",
  opportunitiesInFlight: "qualified opportunities being worked at one time (yearly × cycle ÷ 365), e.g. about 104, or less than one",
  wonValue: "total value of the deals won in 12 months with currency, e.g. $4,200,000",
  decidedDeals: "deals won plus deals lost in 12 months, e.g. 310",
  quotaAttainment: "quota attainment, e.g. 92%",
  sellersAtQuota: "share of sellers at or above quota, e.g. 58%",
  unitWinRateReading: "the unit win rate with where it stands and what that means, a sentence of its own: {unitWinRateReading}. (figure-readings.ts)",
  valueWinRateReading: "the value win rate read the same way",
  averageDealReading: "the average won deal read the same way",
  cycleDaysReading: "the average sales cycle read the same way",
  quotaAttainmentReading: "quota attainment read the same way",
  sellersAtQuotaReading: "the share of sellers at quota read the same way, e.g. 20% of your sellers reach quota, in the bottom quarter of your peers, so …",
  opportunitiesReading: "the new qualified opportunities of 12 months with what the target says about the count",
  openValueReading: "the open deals' value with what it would bring in at the value win rate",
  velocityAgainstPeers: "what the same opportunities in play would deliver at the peers' medians, and what that says, a sentence of its own",
  velocityLesson: "the lesson of the compounding arithmetic that fits the company's velocity against its peers, a sentence of its own",
  valuePracticeCheck: "in the Value Index card: whether its practices and the average won deal point the same way against the peers, a sentence of its own",
  winRatePracticeCheck: "the same for the Win Rate Index and the unit win rate",
  salesCyclePracticeCheck: "the same for the Sales Cycle Index and the sales cycle",
  metricMedian: "in a perception gap: the peers' median of the figure it is about, e.g. 32.7%",
  standing: "in a perception gap: where the figure stands, e.g. in the bottom quarter of your peers, or low for any sales team",
  study: "the original study, named with its year the first time a report mentions it and 'the same study' after",
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

/** A paragraph with optional {placeholders}. */
export type Template = string;

export type QuestionNarrative = {
  questionId: string;
  /** One template per option code of the question (every option, including "not-sure"). */
  byAnswer: Record<string, Template>;
  /**
   * Short imperative titles for the First actions list, e.g. keep: "Keep coaching every week",
   * change: "Make coaching a weekly habit", stop: "Stop leaving coaching to chance".
   * Required for scored questions; absent for unscored ones.
   */
  actions?: { keep: string; change: string; stop: string };
  /**
   * Paragraphs printed instead of `byAnswer[answer]` when a condition settled by other answers or by the figures
   * holds (conditions.ts): a paragraph's prerequisites ("no CRM ⇒ no CRM advice") and resolved hedges ("If your
   * company has a CRM…"). The first variant that matches the answer and whose condition holds wins.
   */
  variants?: readonly AnswerVariant[];
};

export type AnswerVariant = {
  answers: readonly string[];
  when: ConditionId;
  text: Template;
  /**
   * The plain paragraph with a hedge another answer settles: it only corrects the plain text, so a profile variant
   * (which replaces that text and does not hedge) wins over it even when listed after it.
   */
  hedge?: true;
};

export type BandNarratives = Record<string, Template>;

export type IndexNarrative = {
  index: CompanyIndex | "personal" | "overall";
  /** What the index measures, in a sentence or two (printed above its score). */
  explains: Template;
  /** One template per band name of the band table that applies (company, personal or revenue potential). */
  byBand: BandNarratives;
  /** Paragraphs printed instead of `byBand[band]` when a condition holds; the first match wins, as for answers. */
  variants?: readonly BandVariant[];
};

export type BandVariant = { bands: readonly string[]; when: ConditionId; text: Template };

/**
 * Variants kept beside the narratives that fit the advice to the company's profile (sales model, team size,
 * industry): by question id and by index, merged after the narratives' own variants (profile-variants.ts).
 */
export type ProfileVariants = {
  questions: Readonly<Record<string, readonly AnswerVariant[]>>;
  bands: Readonly<Partial<Record<IndexNarrative["index"], readonly BandVariant[]>>>;
};

/** A perception-gap rule (perception-gaps.ts): a claim, the direction of the gap, the evidence and the texts. */
export type GapClaim = { question: string; answers: readonly string[] } | { index: CompanyIndex; bands: readonly string[] };
export type GapEvidence = { metric: HardNumber; quartiles: readonly Quartile[] } | { condition: ConditionId; metric?: HardNumber };

export type PerceptionGapRule = {
  id: string;
  claim: GapClaim;
  direction: "over" | "under";
  evidence: GapEvidence;
  /** One figure-free line for the executive summary's list of gaps. */
  headline: Template;
  /** The paragraph printed in place of the claim's own. */
  text: Template;
};
