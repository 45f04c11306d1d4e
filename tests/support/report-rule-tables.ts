// The report-rule tables of docs/methodology.md §10, generated from the narrative data so the document cannot drift
// from it (lib/report/report-methodology-doc.test.ts prints the fresh table when a block differs).
import { findQuestion, type ChoiceQuestion } from "@/lib/instrument";
import { formatPercent, formatRate } from "@/lib/report/format";
import { INDEX_NARRATIVES, QUESTION_NARRATIVES } from "@/lib/report/narratives";
import { AGREEMENT_PAIRS, type AgreementSide } from "@/lib/report/narratives/agreement-pairs";
import { PROFILE_CONDITIONS } from "@/lib/report/narratives/profile-conditions";
import { CONDITIONS, TARGET_MISSED_PERCENT, TARGET_REACHED_PERCENT } from "@/lib/report/narratives/conditions";
import { COUNT_READING, HARD_READINGS, VALUE_AGAINST_UNIT, VELOCITY_READING, standingWords, type HardStanding } from "@/lib/report/narratives/figure-readings";
import { ABSOLUTE_THRESHOLDS, PERCEPTION_GAP_RULES } from "@/lib/report/narratives/perception-gaps";
import type { GapClaim, GapEvidence } from "@/lib/report/narratives/types";
import { WIN_RATE_GAP_WORTH_NAMING } from "@/lib/report/sales-report";
import { INDEX_NAMES } from "@/lib/scoring";
import { sinceRuleTable } from "./since-rule-table";
import { LOWER_IS_BETTER, type HardNumber } from "@/lib/scoring/hard-numbers";

const METRIC_NAMES: Record<HardNumber, string> = {
  unitWinRate: "unit win rate",
  valueWinRate: "value win rate",
  averageDeal: "average won deal",
  cycleDays: "sales cycle",
  quotaAttainment: "quota attainment",
  sellersAtQuota: "sellers at quota",
};

function answerLabels(questionId: string, codes: readonly string[]): string {
  const question = findQuestion(questionId) as ChoiceQuestion | undefined;
  return codes.map((code) => question?.options.find((option) => option.value === code)?.label ?? code).join(" / ");
}

function claimCell(claim: GapClaim): string {
  if ("question" in claim) return `\`${claim.question}\`: ${answerLabels(claim.question, claim.answers)}`;
  return `${INDEX_NAMES[claim.index]} band: ${claim.bands.join(" / ")}`;
}

function evidenceCell(evidence: GapEvidence, direction: "over" | "under"): string {
  if ("condition" in evidence) return `condition \`${evidence.condition}\``;
  const quarter = evidence.quartiles
    .map((q) => (LOWER_IS_BETTER.has(evidence.metric) ? { top: "fastest", bottom: "slowest" }[q as "top" | "bottom"] : q))
    .join(" or ");
  const threshold = ABSOLUTE_THRESHOLDS[evidence.metric];
  const format = (value: number) => (evidence.metric.endsWith("WinRate") ? formatRate(value) : formatPercent(value));
  const fallback = !threshold ? "none" : direction === "over" ? `below ${format(threshold.low)}` : `${format(threshold.high)} or more`;
  return `${METRIC_NAMES[evidence.metric]} in the ${quarter} quarter of the peers | ${fallback}`;
}

export function perceptionGapTable(): string {
  const lines = ["| Rule | The answers say | Gap | The figures say | Without peer figures |", "| --- | --- | --- | --- | --- |"];
  for (const rule of PERCEPTION_GAP_RULES) {
    const figures = "condition" in rule.evidence ? `${evidenceCell(rule.evidence, rule.direction)} | same` : evidenceCell(rule.evidence, rule.direction);
    lines.push(`| \`${rule.id}\` | ${claimCell(rule.claim)} | ${rule.direction} | ${figures} |`);
  }
  return lines.join("\n");
}

const isProfile = (condition: string) => condition in PROFILE_CONDITIONS;

function variantRows(profile: boolean): string[] {
  const rows: string[] = [];
  for (const narrative of QUESTION_NARRATIVES) {
    for (const variant of (narrative.variants ?? []).filter((v) => isProfile(v.when) === profile)) {
      rows.push(`| \`${narrative.questionId}\` | ${answerLabels(narrative.questionId, variant.answers)} | \`${variant.when}\`${variant.hedge ? " (hedge)" : ""} |`);
    }
  }
  return rows;
}

export function prerequisiteTable(): string {
  return ["| Paragraph | Answers | Replaced when |", "| --- | --- | --- |", ...variantRows(false)].join("\n");
}

/** The variants that fit the advice to the company's profile, index bands first, in order of precedence. */
export function profileVariantTable(): string {
  const lines = ["| Paragraph | Answers or bands | Replaced when |", "| --- | --- | --- |"];
  for (const narrative of INDEX_NARRATIVES) {
    const name = narrative.index === "overall" ? "Dealmaker Index" : narrative.index === "personal" ? "personal index" : INDEX_NAMES[narrative.index];
    for (const variant of narrative.variants ?? []) lines.push(`| ${name} | ${variant.bands.join(" / ")} | \`${variant.when}\` |`);
  }
  return [...lines, ...variantRows(true)].join("\n");
}

/** The conditions the answers settle (those the figures settle are described in the text beside the table). */
export function conditionTable(): string {
  const lines = ["| Condition | Holds when |", "| --- | --- |"];
  for (const [id, condition] of Object.entries(CONDITIONS)) {
    if ("question" in condition) lines.push(`| \`${id}\` | \`${condition.question}\` is ${answerLabels(condition.question, condition.answers)} |`);
  }
  return lines.join("\n");
}

const sideCell = (side: AgreementSide) => `\`${side.question}\`: ${answerLabels(side.question, side.answers)}`;

/** The answers that must agree: the tension is printed at the first question, the second points to it. */
export function agreementTable(): string {
  const lines = ["| Pair | First answer, in reading order | Second answer | Summary line |", "| --- | --- | --- | --- |"];
  for (const pair of AGREEMENT_PAIRS) lines.push(`| \`${pair.id}\` | ${sideCell(pair.first)} | ${sideCell(pair.second)} | ${pair.headline} |`);
  return lines.join("\n");
}

export function thresholdTable(): string {
  return [
    "| Threshold | Value |",
    "| --- | --- |",
    `| Quota attainment at which the target counts as reached (\`TARGET_REACHED_PERCENT\`) | ${formatPercent(TARGET_REACHED_PERCENT)} |`,
    `| Quota attainment below which the target counts as clearly missed (\`TARGET_MISSED_PERCENT\`) | ${formatPercent(TARGET_MISSED_PERCENT)} |`,
    `| Gap between value and unit win rate worth naming (\`WIN_RATE_GAP_WORTH_NAMING\`) | ${WIN_RATE_GAP_WORTH_NAMING * 100} percentage points |`,
  ].join("\n");
}

const STANDING_ORDER: readonly HardStanding[] = ["top", "upper-middle", "level", "lower-middle", "bottom", "high", "middle", "low", "none"];

function standingCell(metric: HardNumber, standing: HardStanding): string {
  const threshold = ABSOLUTE_THRESHOLDS[metric];
  const format = (value: number) => (metric.endsWith("WinRate") ? formatRate(value) : formatPercent(value));
  const when: Partial<Record<HardStanding, string>> = {
    top: "peer quarter: top",
    "upper-middle": "peer quarter: upper middle",
    level: "prints as the peers' median",
    "lower-middle": "peer quarter: lower middle",
    bottom: "peer quarter: bottom",
    high: threshold ? `no peer quarter; ${format(threshold.high)} or more` : "",
    middle: threshold ? `no peer quarter; ${format(threshold.low)} to below ${format(threshold.high)}` : "",
    low: threshold ? `no peer quarter; below ${format(threshold.low)}` : "",
    none: "no peer quarter (no absolute threshold)",
  };
  return when[standing] ?? "";
}

/** Each hard number's reading: when each standing applies, its words and what it is read to mean. */
export function figureReadingTable(): string {
  const lines = ["| Figure | Standing | Printed as | Meaning |", "| --- | --- | --- | --- |"];
  for (const [metric, { meaning }] of Object.entries(HARD_READINGS) as [HardNumber, (typeof HARD_READINGS)[HardNumber]][]) {
    for (const standing of STANDING_ORDER) {
      const words = standingWords(metric, standing);
      if (standing !== "level" && meaning[standing] === undefined) continue;
      lines.push(`| ${METRIC_NAMES[metric]} | ${standingCell(metric, standing)} | ${words ?? "—"} | ${meaning[standing] ?? "—"} |`);
    }
  }
  for (const [signal, text] of Object.entries(VALUE_AGAINST_UNIT)) lines.push(`| value win rate | unit win rate known, condition \`${signal}\` | (its peer quarter) | ${text} |`);
  for (const [condition, { standing, meaning }] of Object.entries(COUNT_READING.byStanding))
    lines.push(`| opportunity count | ${condition === "none" ? "none of the conditions" : `condition \`${condition}\``} | ${standing ?? "—"} | ${meaning} |`);
  return lines.join("\n");
}

/** The velocity the same pipeline would reach at the peers' medians: the bands of own ÷ that velocity. */
export function velocityReadingTable(): string {
  const lines = ["| Own velocity ÷ peers' | Meaning | Lesson (`sales-narrative.ts`) |", "| --- | --- | --- |"];
  let upper: number | null = null;
  for (const band of VELOCITY_READING.bands) {
    lines.push(`| ${upper === null ? `${band.from} or more` : `${band.from} to below ${upper}`} | ${band.meaning.replace("% times", "N times (twice, three times, …)").replace("@", "deal size, win rate or cycle (only those whose peer median beats your figure)")} | \`${band.lesson}\` |`);
    upper = band.from;
  }
  return lines.join("\n");
}

export const reportRuleTables = () => ({
  "figure-readings": figureReadingTable(),
  "velocity-readings": velocityReadingTable(),
  "perception-gaps": perceptionGapTable(),
  prerequisites: prerequisiteTable(),
  "profile-variants": profileVariantTable(),
  "agreement-pairs": agreementTable(),
  conditions: conditionTable(),
  "report-thresholds": thresholdTable(),
  "since-last-time": sinceRuleTable(),
});
