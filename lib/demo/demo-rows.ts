// Generated responses as the text lines PostgreSQL's COPY reads: the same columns the submit path writes
// (lib/responses/submit.ts: the response with its profile columns; lib/responses/score-row.ts `scoreRow`: the score the
// engine gives its answers, sales figures and all four peer keys). Pure apart from the random row ids.
import { randomUUID } from "node:crypto";
import { INSTRUMENT_VERSION, PART_A_IDS, joinsPool } from "@/lib/instrument";
import type { DemoResponse } from "./demo-responses";
import type { DemoDraft } from "./demo-drafts";
import type { ScoreRowColumns } from "@/lib/db/score-columns";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";

type Cell = string | number | boolean | Date | null | undefined;

export const RESPONSE_COPY_COLUMNS = [
  "id", "status", "instrumentVersion", "answers", "currentStep", "role", "industry", "companySize", "revenueBand",
  "region", "salesModel", "contactName", "contactEmail", "companyName", "startedAt", "updatedAt", "completedAt", "inPool",
  "participantId", "previousResponseId",
] as const;

export const SCORE_COPY_COLUMNS = [
  "id", "responseId", "scoringVersion", "overall", "valueIndex", "numberIndex", "winRateIndex", "salesCycleIndex",
  "personalIndex", "companyCategory", "personalCategory", "sectionScores", "industry", "companySize", "region",
  "salesModel", "unitWinRate", "valueWinRate", "averageDealValue", "cycleDays", "velocity", "averageDealUsd",
  "velocityUsd", "quotaAttainment", "sellersAtQuota", "opportunities", "wonCount", "lostCount", "openCount",
  "wonValueUsd", "lostValueUsd", "openValueUsd", "inPool",
] as const;

/** COPY text format: tab-separated, \N for null, backslash escapes for backslash, tab, newline and return. */
export function copyCell(value: Cell): string {
  if (value === null || value === undefined) return "\\N";
  // Timestamps are stored as UTC wall time ("timestamp(3)" without zone), as Prisma writes them.
  if (value instanceof Date) return value.toISOString().slice(0, 23);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot store ${value}`);
    return String(value);
  }
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

const line = (cells: readonly Cell[]) => `${cells.map(copyCell).join("\t")}\n`;

export interface CompletedRows {
  id: string;
  /** Whether the response joins the benchmark pool (its answer, lib/instrument joinsPool): only then is it counted. */
  inPool: boolean;
  response: string;
  score: string;
  columns: ReturnType<typeof responseColumns>;
  scoreColumns: ScoreRowColumns;
}

/**
 * The participant links of responses written in stream order (demo-retakes.ts), as the retake flow sets them: a response
 * that is retaken carries its own id as participant id, each retake that id and its previous response's id.
 */
export class ParticipantLinks {
  private readonly awaited = new Map<DemoResponse, { id: string; participantId: string }>();

  link(response: DemoResponse, id: string): { participantId: string | null; previousResponseId: string | null } {
    const previous = response.previous ? this.awaited.get(response.previous) : undefined;
    if (response.previous) this.awaited.delete(response.previous);
    const participantId = previous?.participantId ?? (response.retaken ? id : null);
    if (response.retaken && participantId) this.awaited.set(response, { id, participantId });
    return { participantId, previousResponseId: previous?.id ?? null };
  }
}

/** The Response and Score lines of one completed response, with the columns they hold. */
export function completedRows(response: DemoResponse, links = new ParticipantLinks()): CompletedRows {
  const id = randomUUID();
  const link = links.link(response, id);
  const columns = responseColumns(response.answers);
  const { columns: s } = scoreRow(response.answers, columns);
  // What the "Response_pool_choice" and "Score_peer_keys" triggers would write (pool_choice migration).
  const inPool = joinsPool(response.answers);
  return {
    id,
    inPool,
    columns,
    scoreColumns: s,
    response: line([
      id, "COMPLETED", INSTRUMENT_VERSION, JSON.stringify(response.answers), 0, columns.role, columns.industry,
      columns.companySize, columns.revenueBand, columns.region, columns.salesModel, columns.contactName,
      columns.contactEmail, columns.companyName, response.startedAt, response.completedAt, response.completedAt, inPool,
      link.participantId, link.previousResponseId,
    ]),
    score: line([
      randomUUID(), id, s.scoringVersion, s.overall, s.valueIndex, s.numberIndex, s.winRateIndex, s.salesCycleIndex,
      s.personalIndex, s.companyCategory, s.personalCategory, JSON.stringify(s.sectionScores), s.industry,
      s.companySize, columns.region, columns.salesModel, s.unitWinRate, s.valueWinRate, s.averageDealValue,
      s.cycleDays, s.velocity, s.averageDealUsd, s.velocityUsd, s.quotaAttainment, s.sellersAtQuota, s.opportunities,
      s.wonCount, s.lostCount, s.openCount, s.wonValueUsd, s.lostValueUsd, s.openValueUsd, inPool,
    ]),
  };
}

const answerText = (answers: DemoDraft["answers"], id: string) => (typeof answers[id] === "string" ? (answers[id] as string) : null);

/**
 * The Response line of a draft: like the survey's autosave, only the four admin peer keys as columns, from the
 * profile answers, and the pool choice — what the "Response_draft_peer_keys" and "Response_pool_choice" triggers
 * write (admin_overview and pool_choice migrations), which a bulk load turns off.
 */
export function draftRow(draft: DemoDraft): string {
  const a = draft.answers;
  return line([
    randomUUID(), "DRAFT", INSTRUMENT_VERSION, JSON.stringify(a), draft.currentStep, null,
    answerText(a, PART_A_IDS.industry), answerText(a, PART_A_IDS.companySize), null, answerText(a, PART_A_IDS.region),
    answerText(a, PART_A_IDS.salesModel), null, null, null, draft.startedAt, draft.updatedAt, null, joinsPool(a), null,
    null,
  ]);
}
