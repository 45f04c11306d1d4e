/**
 * The one place where a response's answers become its report: score the answers, compare the score with its peers,
 * build the document. Submitting, generating missing reports and regenerating after a change all come here, so a
 * report never depends on which of them wrote it.
 *
 *   reportFor(answers, peers, history?): Promise<ResponseReport>
 *
 * `peers` says where the comparison comes from: `peersBeforeStoring` for a response about to be stored (its score is
 * not yet in the aggregate, which gives exactly the figures it has once stored), `peersOfStored(responseId)` for a
 * stored response. `history` is a retake's: its earlier reports and its completion date (docs/decisions/027-retake.md).
 */
import "server-only";
import type { Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import type { ReportDocument } from "@/lib/report/document";
import type { EarlierReport } from "@/lib/report/earlier-report";
import type { PeerSnapshot, ScoreResult } from "@/lib/scoring";
import type { OwnScore } from "@/lib/db/peer-counts";
import { hardNumbersOf, indicesOf, type ScoreRowColumns } from "@/lib/db/score-columns";
import { peerSnapshot, peerSnapshotBeforeStoring } from "./peer-comparison";
import { responseColumns } from "./response-columns";
import { scoreRow } from "./score-row";

export type PeerSource = (own: ScoreRowColumns) => Promise<PeerSnapshot | null>;

export interface ResponseReport {
  /** The answers that are also stored as Response columns. */
  responseColumns: ReturnType<typeof responseColumns>;
  score: ScoreResult;
  /** What the Score row stores for this score. */
  scoreColumns: ScoreRowColumns;
  document: ReportDocument;
}

/** What a report says of the participant's earlier reports, and when this one's response was completed (ISO 8601). */
export interface ReportHistory {
  earlier?: EarlierReport[];
  completedAt?: string;
}

export async function reportFor(answers: Answers, peers: PeerSource, history: ReportHistory = {}): Promise<ResponseReport> {
  const columns = responseColumns(answers);
  const { result: score, columns: scoreColumns } = scoreRow(answers, columns);
  const document = buildReport({ answers, score, peers: await peers(scoreColumns), ...history });
  return { responseColumns: columns, score, scoreColumns, document };
}

export const peersBeforeStoring: PeerSource = (own) => peerSnapshotBeforeStoring(ownScore(own));

export const peersOfStored =
  (responseId: string): PeerSource =>
  () =>
    peerSnapshot(responseId);

/** What the peer comparison needs of a score about to be stored. */
export function ownScore(columns: ScoreRowColumns): OwnScore {
  return {
    scoringVersion: columns.scoringVersion,
    industry: columns.industry,
    companySize: columns.companySize,
    indices: indicesOf(columns),
    sectionScores: columns.sectionScores,
    hardNumbers: hardNumbersOf(columns),
  };
}
