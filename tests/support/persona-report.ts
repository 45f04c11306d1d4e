// A persona's report as the golden texts build it: its answers scored, compared with the fixed persona peers.
import { PART_A_IDS, instrument, type Answers } from "@/lib/instrument";
import { analyseSales, ownHardNumbers, salesNumbers, scoreResponse, toBasis } from "@/lib/scoring";
import { buildReport } from "@/lib/report/build-report";
import type { ReportDocument } from "@/lib/report/document";
import type { EarlierReport } from "@/lib/report/earlier-report";
import { personaHardNumbers, personaPeers } from "./persona-peers";
import { personaAnswers, type PersonaName } from "./personas";

/** When a report is made: the peers as they stood then (see personaPeers' shift and personaHardNumbers' drift). */
export interface ReportVisit {
  shift?: number;
  drift?: number;
  earlier?: EarlierReport[];
  completedAt?: string;
}

/** `overrides` replace some of the persona's answers (a figure, a practice) to see how the report changes. */
export function personaReport(name: PersonaName, overrides: Answers = {}): ReportDocument {
  return reportOfAnswers({ ...personaAnswers(name), ...overrides });
}

export function reportOfAnswers(answers: Answers, { shift = 0, drift = 0, earlier, completedAt }: ReportVisit = {}): ReportDocument {
  const score = scoreResponse(answers, instrument);
  const sales = analyseSales(salesNumbers(answers));
  const own = ownHardNumbers(sales);
  const deal = own.averageDeal === null ? null : toBasis(own.averageDeal, sales.numbers.currency);
  const hardNumbers = personaHardNumbers({ ...own, averageDeal: deal }, drift);
  const peers = personaPeers(score.overall, score.indices.personal.score, hardNumbers, String(answers[PART_A_IDS.industry]), shift);
  return buildReport({ answers, score, peers, earlier, completedAt });
}
