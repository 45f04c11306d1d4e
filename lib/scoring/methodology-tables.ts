// The tables of docs/methodology.md, generated from the data so the document cannot drift from it:
// methodology-doc.test.ts fails, printing the fresh table, whenever a block in the document differs.
import { SCORE_INDICES, type Instrument } from "@/lib/instrument";
import { COMPANY_BANDS, PERSONAL_BANDS, REVENUE_POTENTIAL_BANDS, type Band } from "./bands";
import { currencyTable, hardNumberBinsTable } from "./hard-number-tables";
import { INDEX_NAMES, MINIMUM_ANSWERED } from "./index-rules";
import { COVERAGE_THRESHOLDS } from "./pipeline-verdict";

export function weightsTable(instrument: Instrument): string {
  const lines = [
    `| Question | ${SCORE_INDICES.map((index) => INDEX_NAMES[index]).join(" | ")} |`,
    `| --- | ${SCORE_INDICES.map(() => "---:").join(" | ")} |`,
  ];
  const totals = SCORE_INDICES.map(() => ({ items: 0, weight: 0 }));
  for (const question of instrument.sections.flatMap((section) => section.questions)) {
    if (question.scoring.length === 0) continue;
    const cells = SCORE_INDICES.map((index, slot) => {
      const weight = question.scoring.find((entry) => entry.index === index)?.weight;
      if (weight === undefined) return "";
      totals[slot]!.items += 1;
      totals[slot]!.weight += weight;
      return String(weight);
    });
    lines.push(`| \`${question.id}\` | ${cells.join(" | ")} |`);
  }
  const row = (title: string, values: (string | number)[]) => `| **${title}** | ${values.map((v) => `**${v}**`).join(" | ")} |`;
  lines.push(row("Items", totals.map((total) => total.items)));
  lines.push(row("Total weight", totals.map((total) => total.weight)));
  lines.push(row("Minimum answered", SCORE_INDICES.map((index) => MINIMUM_ANSWERED[index])));
  return lines.join("\n");
}

/** Each distinct list of scored options once, with the questions that use it. */
export function answerScoresTable(instrument: Instrument): string {
  const groups = new Map<string, string[]>();
  for (const question of instrument.sections.flatMap((section) => section.questions)) {
    if (question.kind !== "choice" || question.scoring.length === 0) continue;
    const scale = question.options.map((option) => `${option.label} ${formatScore(option.score ?? 0)}`).join(" · ");
    groups.set(scale, [...(groups.get(scale) ?? []), `\`${question.id}\``]);
  }
  const lines = ["| Answers, weakest first, with their value | Questions |", "| --- | --- |"];
  for (const [scale, ids] of groups) lines.push(`| ${scale} | ${ids.length > 3 ? `${ids.length} questions` : ids.join(", ")} |`);
  return lines.join("\n");
}

export function bandsTable(bands: readonly Band[]): string {
  const lines = ["| Score | Name | Meaning |", "| --- | --- | --- |"];
  for (const band of bands) lines.push(`| ${band.min}–${band.max} | ${band.name} | ${band.description} |`);
  return lines.join("\n");
}

/** The pipeline verdicts by held ÷ needed, each band running up to the one above it. */
export function coverageVerdictsTable(): string {
  const lines = ["| Held ÷ needed | Verdict | Meaning |", "| --- | --- | --- |"];
  COVERAGE_THRESHOLDS.forEach((threshold, index) => {
    const above = COVERAGE_THRESHOLDS[index - 1];
    const range = above ? `${threshold.from} to under ${above.from}` : `${threshold.from} or more`;
    lines.push(`| ${range} | ${threshold.level.replace("-", " ")} | ${threshold.meaning} |`);
  });
  return lines.join("\n");
}

/** Every generated block of the methodology document, by the marker name used there. */
export function methodologyTables(instrument: Instrument): Record<string, string> {
  return {
    weights: weightsTable(instrument),
    "answer-scores": answerScoresTable(instrument),
    "company-bands": bandsTable(COMPANY_BANDS),
    "personal-bands": bandsTable(PERSONAL_BANDS),
    "revenue-potential-bands": bandsTable(REVENUE_POTENTIAL_BANDS),
    "hard-number-bins": hardNumberBinsTable(),
    currencies: currencyTable(),
    "pipeline-verdicts": coverageVerdictsTable(),
  };
}

/** Scores to three decimals, so thirds read as 0.333 rather than a float's seventeen digits. */
function formatScore(score: number): string {
  return String(Number(score.toFixed(3)));
}
