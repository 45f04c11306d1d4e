// Pure pieces of POST /api/v1/responses: the request's participant fields and pool choice folded into the answers, and the stored
// submission turned into the contract's result body (the same for a first request and its retries).
import { PART_A_IDS, joinsPool } from "@/lib/instrument";
import { COMPANY_BANDS, PERSONAL_BANDS, analyseSales, salesNumbers, type Band, type FigureOrGap } from "@/lib/scoring";
import type { StoredSubmission } from "@/lib/responses/api-submission";
import type { SubmitResponseRequest, SubmitResponseResult } from "./schemas";

/** participant.<field> ↔ the question that holds it, so errors can be reported under the name the client sent. */
export const PARTICIPANT_QUESTIONS = {
  consent: PART_A_IDS.consent,
  name: PART_A_IDS.name,
  email: PART_A_IDS.email,
  companyName: PART_A_IDS.companyName,
} as const;

export type AnswersFromRequest = { ok: true; answers: Record<string, unknown> } | { ok: false; fields: Record<string, string> };

/**
 * The answers to validate: `answers` plus the optional participant block and `inPool` (the pool question's answer),
 * neither of which may also be sent as answers.
 */
export function answersFromRequest(request: SubmitResponseRequest): AnswersFromRequest {
  const answers: Record<string, unknown> = { ...request.answers };
  const fields: Record<string, string> = {};
  for (const [field, questionId] of Object.entries(PARTICIPANT_QUESTIONS)) {
    const value = request.participant?.[field as keyof typeof PARTICIPANT_QUESTIONS];
    if (value === undefined) continue;
    if (questionId in answers) fields[`participant.${field}`] = `Send ${questionId} either in answers or as participant.${field}, not both`;
    answers[questionId] = value;
  }
  if (request.inPool !== undefined) {
    if (PART_A_IDS.pool in answers) fields.inPool = `Send ${PART_A_IDS.pool} either in answers or as inPool, not both`;
    answers[PART_A_IDS.pool] = request.inPool;
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, answers };
}

/** Error keys for participant questions go back under participant.<field> (and the pool's under inPool) when the client used that. */
export function errorFieldName(questionId: string, request: SubmitResponseRequest): string {
  if (questionId === PART_A_IDS.pool && request.inPool !== undefined) return "inPool";
  if (!request.participant) return questionId;
  const entry = Object.entries(PARTICIPANT_QUESTIONS).find(([, id]) => id === questionId);
  return entry && request.participant[entry[0] as keyof typeof PARTICIPANT_QUESTIONS] !== undefined ? `participant.${entry[0]}` : questionId;
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const valueOf = (figure: FigureOrGap) => (figure.status === "ok" ? figure.value : null);
const percentOf = (figure: FigureOrGap) => {
  const value = valueOf(figure);
  return value === null ? null : roundTo(value * 100, 1);
};
const category = (bands: readonly Band[], id: string | null) => {
  const band = id === null ? undefined : bands.find((candidate) => candidate.id === id);
  return band ? { id: band.id, name: band.name } : null;
};

export function submissionResult(submission: StoredSubmission, reportUrl: string): SubmitResponseResult {
  const { scores, peers } = submission;
  const sales = analyseSales(salesNumbers(submission.answers));
  const velocity = valueOf(sales.velocity);
  return {
    responseId: submission.responseId,
    reportToken: submission.reportToken,
    reportUrl,
    inPool: joinsPool(submission.answers),
    scores: {
      overall: scores.overall,
      value: scores.valueIndex,
      number: scores.numberIndex,
      winRate: scores.winRateIndex,
      salesCycle: scores.salesCycleIndex,
      personal: scores.personalIndex,
      companyCategory: category(COMPANY_BANDS, scores.companyCategory),
      personalCategory: category(PERSONAL_BANDS, scores.personalCategory),
      companyRelative: peers.summary.overall.relative?.percent ?? null,
      personalRelative: peers.summary.personal.relative?.percent ?? null,
      peerGroup: peers.peerGroup ? { label: peers.peerGroup.label, size: peers.peerGroup.size } : null,
    },
    metrics: {
      unitWinRate: percentOf(sales.winRates.unit),
      valueWinRate: percentOf(sales.winRates.value),
      openDeals: sales.winRates.open,
      velocityPerDay: velocity === null ? null : roundTo(velocity, 2),
    },
    peerNumbers: peers.peerNumbers,
  };
}
