// One column of the responses CSV: its header, what it holds in words for the column dictionary, and how a row's
// cell is read. Every list of columns is built from the instrument and the scoring module, so the CSV and its
// dictionary (/admin/export-columns) cannot drift apart or away from the survey.
import type { CsvValue } from "@/lib/csv";
import { analyseSales, salesNumbers, type SalesAnalysis } from "@/lib/scoring";
import type { ExportResponse } from "@/lib/db/export-responses";

/** What the export knows of one response while it writes its row: the stored row and its sales mathematics. */
export interface ExportRow {
  response: ExportResponse;
  /** analyseSales over the stored answers, worked out once per row. */
  sales: SalesAnalysis;
}

export const EXPORT_COLUMN_GROUPS = {
  response: "Response",
  profile: "Profile (Part A)",
  scores: "Stored scores",
  numbers: "Sales numbers as given (Part B)",
  answers: "Answers",
  sections: "Section scores",
  derived: "Derived sales numbers",
  pipeline: "Pipeline snapshot (Part E, optional)",
  team: "Team mode",
  contact: "Contact details (only with the contact-details option)",
} as const;
export type ExportColumnGroup = keyof typeof EXPORT_COLUMN_GROUPS;

export interface ExportColumn {
  /** The CSV header: unique, lower-case letters, digits and underscores. */
  name: string;
  group: ExportColumnGroup;
  /** The instrument question whose answer the column holds (or part of it, for the pipeline), if any. */
  questionId?: string;
  meaning: string;
  unit: string;
  /** The values a cell can hold, in words; an empty cell always means "not answered" or "not enough data". */
  allowed: string;
  value: (row: ExportRow) => CsvValue;
}

export function exportRow(response: ExportResponse): ExportRow {
  return { response, sales: analyseSales(salesNumbers(response.answers)) };
}

/** A stored answer that is a finite number, else empty. */
export function numberAnswer(answers: Readonly<Record<string, unknown>>, id: string): number | null {
  const value = answers[id];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A stored answer that is a string (an option code), else empty. */
export function textAnswer(answers: Readonly<Record<string, unknown>>, id: string): string | null {
  const value = answers[id];
  return typeof value === "string" && value !== "" ? value : null;
}

/** The unit of money as given, and what an empty derived cell means, as the dictionary says them. */
export const OWN_MONEY = "money in the participant's currency (column currency)";
export const NOT_ENOUGH_DATA = "empty: not enough data";

/** `c.process.mapped-to-buyer` → `c_process_mapped_to_buyer`. */
export const snakeCase = (id: string) => id.replaceAll(/[.-]/g, "_");

/** A figure of the sales mathematics, or empty when it had not enough data. */
export const figureValue = (figure: { status: string; value?: number }): number | null =>
  figure.status === "ok" && typeof figure.value === "number" ? figure.value : null;
