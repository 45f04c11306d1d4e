// A persona's report as the golden texts build it: its answers scored, compared with the fixed persona peers.
import { PART_A_IDS, instrument, type Answers } from "@/lib/instrument";
import { analyseSales, ownHardNumbers, salesNumbers, scoreResponse, toBasis } from "@/lib/scoring";
import { buildReport } from "@/lib/report/build-report";
import type { ReportDocument } from "@/lib/report/document";
import { personaHardNumbers, personaPeers } from "./persona-peers";
import { personaAnswers, type PersonaName } from "./personas";

/** `overrides` replace some of the persona's answers (a figure, a practice) to see how the report changes. */
export function personaReport(name: PersonaName, overrides: Answers = {}): ReportDocument {
  const answers = { ...personaAnswers(name), ...overrides };
  const score = scoreResponse(answers, instrument);
  const sales = analyseSales(salesNumbers(answers));
  const own = ownHardNumbers(sales);
  const deal = own.averageDeal === null ? null : toBasis(own.averageDeal, sales.numbers.currency);
  const peers = personaPeers(score.overall, score.indices.personal.score, personaHardNumbers({ ...own, averageDeal: deal }), String(answers[PART_A_IDS.industry]));
  return buildReport({ answers, score, peers });
}
