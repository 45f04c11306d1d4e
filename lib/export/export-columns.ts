/**
 * The columns of the responses CSV, in order, and its column dictionary, both from one list built from the instrument
 * and the scoring module. The columns the CSV had before issue 13 keep their names and places at the front; the
 * answers to every other question, the section scores, revenue potential, the derived sales numbers, the pipeline and
 * whether the response is in the benchmark pool follow; the contact details come last, and only when the admin asks
 * for them.
 *
 * Cells: numbers as JavaScript prints them (a point for decimals, no thousands separators), times in ISO 8601 UTC,
 * option codes as stored, true/false, and an empty cell for an unanswered question or a figure without enough data.
 * The survey has no multi-select question; the pipeline, the one answer with several values, is one column per
 * stage position and field. Every text cell goes through lib/csv's formula guard.
 */
import { PART_A_IDS, findQuestion, instrument as currentInstrument, type Instrument } from "@/lib/instrument";
import { csvRow } from "@/lib/csv";
import type { ExportContact, ExportResponse } from "@/lib/db/export-responses";
import { numberColumns, otherAnswerColumns, profileColumns } from "./answer-columns";
import { dollarColumns, salesColumns } from "./derived-columns";
import { EXPORT_COLUMN_GROUPS, exportRow, type ExportColumn } from "./export-column";
import { pipelineColumns } from "./pipeline-columns";
import { revenuePotentialColumns, scoreColumns, sectionScoreColumns } from "./score-columns";
import { teamColumns } from "./team-columns";

const ISO_TIME = "ISO 8601 date and time, UTC";

function responseColumns(): ExportColumn[] {
  return [
    { name: "response_id", group: "response", meaning: "The response's id (as in the admin's response pages)", unit: "UUID", allowed: "", value: ({ response }) => response.id },
    { name: "completed_at", group: "response", meaning: "When the survey was submitted", unit: ISO_TIME, allowed: "", value: ({ response }) => response.completedAt },
    { name: "started_at", group: "response", meaning: "When the survey was started", unit: ISO_TIME, allowed: "", value: ({ response }) => response.startedAt },
    {
      name: "instrument_version",
      group: "response",
      meaning: "Version of the survey the response answered",
      unit: "version",
      allowed: `current: ${currentInstrument.version}; older versions for older responses`,
      value: ({ response }) => response.instrumentVersion,
    },
  ];
}

/** After the pipeline: whether the row is in the benchmark pool (docs/decisions/026-benchmark-pool.md). */
function poolColumn(): ExportColumn {
  return {
    name: "in_pool",
    group: "response",
    meaning:
      "Whether the participant let the answers join the benchmark pool; false only in an export asked to include " +
      "responses outside the pool, which no benchmark counts",
    unit: "yes or no",
    allowed: "true; false",
    value: ({ response }) => response.inPool,
  };
}

const CONTACT_COLUMNS: readonly (readonly [name: string, questionId: string, field: keyof ExportContact])[] = [
  ["contact_name", PART_A_IDS.name, "contactName"],
  ["contact_email", PART_A_IDS.email, "contactEmail"],
  ["company_name", PART_A_IDS.companyName, "companyName"],
];

/** Stored only for participants who ticked the consent box; written only when the export asks for contact details. */
function contactColumns(source: Instrument): ExportColumn[] {
  return CONTACT_COLUMNS.map(([name, questionId, field]) => {
    const question = findQuestion(questionId, source);
    if (question?.kind !== "text") throw new Error(`The export's column ${name} needs the text question ${questionId}`);
    return {
      name,
      group: "contact",
      questionId,
      meaning: `${question.label}, kept only with the participant's consent (empty without it)`,
      unit: "text",
      allowed: `up to ${question.maxLength} characters`,
      value: ({ response }) => response.contact?.[field] ?? null,
    };
  });
}

export function exportColumns(options: { includeContact: boolean }, source: Instrument = currentInstrument): ExportColumn[] {
  return [
    ...responseColumns(),
    ...profileColumns(source),
    ...scoreColumns(),
    ...numberColumns(source),
    ...dollarColumns(),
    ...otherAnswerColumns(source),
    ...sectionScoreColumns(source),
    ...revenuePotentialColumns(),
    ...salesColumns(),
    ...pipelineColumns(source),
    poolColumn(),
    ...teamColumns(),
    ...(options.includeContact ? contactColumns(source) : []),
  ];
}

export interface ColumnDescription {
  position: number;
  name: string;
  group: string;
  questionId: string | null;
  meaning: string;
  unit: string;
  allowed: string;
}

/** The column dictionary: every column the CSV writes with these options, in the same order. */
export function columnDictionary(options: { includeContact: boolean }, source: Instrument = currentInstrument): ColumnDescription[] {
  return exportColumns(options, source).map((column, i) => ({
    position: i + 1,
    name: column.name,
    group: EXPORT_COLUMN_GROUPS[column.group],
    questionId: column.questionId ?? null,
    meaning: column.meaning,
    unit: column.unit,
    allowed: column.allowed,
  }));
}

/** The CSV rows of some responses under the given columns (the export streams them a batch at a time). */
export function exportCsvRows(responses: readonly ExportResponse[], columns: readonly ExportColumn[]): string {
  return responses
    .map((response) => {
      const row = exportRow(response);
      return csvRow(columns.map((column) => column.value(row)));
    })
    .join("");
}
