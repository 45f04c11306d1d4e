// The stored score of each response (the Score row, under the scoring version it names) and what the scoring's band
// tables say of it. Indices are read as stored, never recomputed: a response scored before a methodology change
// keeps its figures until it is re-scored.
import { COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS, SCORING_VERSION, bandFor, type Band } from "@/lib/scoring";
import type { Instrument } from "@/lib/instrument";
import type { ExportScore } from "@/lib/db/export-responses";
import { snakeCase, type ExportColumn } from "./export-column";

const WHOLE_PERCENT = "whole percent";
const INDEX_RANGE = "0 to 100; empty: insufficient data";

const bandList = (bands: readonly Band[]) => bands.map((band) => `${band.id} (${band.name}, ${band.min}–${band.max})`).join("; ");

const stored = (name: string, meaning: string, unit: string, allowed: string, read: (score: ExportScore) => string | number | null): ExportColumn => ({
  name,
  group: "scores",
  meaning,
  unit,
  allowed,
  value: ({ response }) => (response.score ? read(response.score) : null),
});

export function scoreColumns(): ExportColumn[] {
  return [
    stored("scoring_version", "Version of the scoring rules the stored score was made with", "version", `current: ${SCORING_VERSION}; older ones until re-scored`, (s) => s.scoringVersion),
    stored("overall_index", "Overall Dealmaker Index: the mean of the four company sub-indices", WHOLE_PERCENT, INDEX_RANGE, (s) => s.overall),
    stored("value_index", "Value sub-index (deal size)", WHOLE_PERCENT, INDEX_RANGE, (s) => s.valueIndex),
    stored("number_index", "Number sub-index (qualified opportunities)", WHOLE_PERCENT, INDEX_RANGE, (s) => s.numberIndex),
    stored("win_rate_index", "Win Rate sub-index", WHOLE_PERCENT, INDEX_RANGE, (s) => s.winRateIndex),
    stored("sales_cycle_index", "Sales Cycle sub-index", WHOLE_PERCENT, INDEX_RANGE, (s) => s.salesCycleIndex),
    stored("personal_index", "Personal Dealmaker Index", WHOLE_PERCENT, INDEX_RANGE, (s) => s.personalIndex),
    stored("company_category", "Company category, the band of the overall index", "band code", bandList(COMPANY_BANDS), (s) => s.companyCategory),
    stored("personal_category", "Personal category, the band of the personal index", "band code", bandList(PERSONAL_BANDS), (s) => s.personalCategory),
  ];
}

/** Revenue increase potential of each company sub-index: the band its stored score falls in. */
export function revenuePotentialColumns(): ExportColumn[] {
  const indices = [
    ["value", "Value", (s: ExportScore) => s.valueIndex],
    ["number", "Number", (s: ExportScore) => s.numberIndex],
    ["win_rate", "Win Rate", (s: ExportScore) => s.winRateIndex],
    ["sales_cycle", "Sales Cycle", (s: ExportScore) => s.salesCycleIndex],
  ] as const;
  return indices.map(([name, label, read]) =>
    stored(
      `revenue_potential_${name}`,
      `Revenue increase potential of the ${label} sub-index (the band of its stored score)`,
      "band code",
      bandList(REVENUE_POTENTIAL_BANDS),
      (s) => bandFor(read(s), REVENUE_POTENTIAL_BANDS)?.id ?? null,
    ),
  );
}

/** Each scored section's stored score, in the instrument's order. */
export function sectionScoreColumns(source: Instrument): ExportColumn[] {
  return source.sections
    .filter((section) => section.questions.some((question) => question.scoring.length > 0))
    .map((section) => ({
      name: `section_${snakeCase(section.id)}`,
      group: "sections",
      meaning: `Score of the section “${section.title}” (Part ${section.part}): the weighted mean of its answered scored items`,
      unit: WHOLE_PERCENT,
      allowed: "0 to 100; empty: none of its scored items answered",
      value: ({ response }) => response.score?.sectionScores[section.id] ?? null,
    }));
}
