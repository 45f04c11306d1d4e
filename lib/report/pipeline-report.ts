// The pipeline part of the report: each stage against next quarter's target × its Value Factor, the weighted
// pipeline against the target, and the wins and new opportunities the target takes at the participant's own
// average deal and win rate, in figures and in words (docs/methodology.md §6).
import {
  DAYS_PER_YEAR,
  QUARTERS_PER_YEAR,
  opportunitiesNeeded,
  type CoverageVerdict,
  type FigureOrGap,
  type NotEnoughData,
  type OpportunitiesNeeded,
  type PipelineAnalysis,
  type SalesAnalysis,
} from "@/lib/scoring";
import type { CoverageVerdictWords, PipelineReport } from "./document";
import { formatCount, formatDays, formatMoney, formatRate } from "./format";
import { PIPELINE_NARRATIVE, type PipelinePlaceholder } from "./pipeline-narrative";
import { renderTemplate, type Figures } from "./render-template";

type Format = (value: number) => string;
type Paragraph = PipelineReport["paragraphs"][number];
type Verdict = CoverageVerdict | NotEnoughData;

const DAYS_PER_QUARTER = DAYS_PER_YEAR / QUARTERS_PER_YEAR;
const valueOf = (figure: FigureOrGap) => (figure.status === "ok" ? figure.value : null);
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
/** A shortfall is never printed as "$0": below one unit it reads as 1, the smallest amount still missing. */
const shortfallOf = (verdict: CoverageVerdict) => Math.max(1, Math.round(verdict.shortfall));
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The table's words for a verdict; `format` prints the shortfall (money for value, a count for opportunities). */
function verdictWords(verdict: Verdict, format: Format): CoverageVerdictWords | null {
  if (verdict.status !== "ok") return null;
  return { level: verdict.level, text: renderTemplate(PIPELINE_NARRATIVE.verdicts[verdict.level], { shortfall: format(shortfallOf(verdict)) }) };
}

function overallParagraph(pipeline: PipelineAnalysis, cycleDays: number | null, money: Format): Paragraph[] {
  const { overall, weightedValue } = pipeline;
  if (overall.status !== "ok" || weightedValue.status !== "ok") return [];
  const figures: Figures<PipelinePlaceholder> = {
    weightedValue: money(weightedValue.value),
    coverMultiple: `${oneDecimal.format(overall.ratio)} times`,
    overallShortfall: money(shortfallOf(overall)),
    overallSurplus: Math.round(overall.surplus) > 0 ? money(overall.surplus) : "nothing",
    cycleDays: cycleDays !== null && cycleDays > DAYS_PER_QUARTER ? formatDays(cycleDays) : undefined,
  };
  const template = `${PIPELINE_NARRATIVE.overall[overall.level]} ${PIPELINE_NARRATIVE.cycleLongerThanQuarter}`;
  return [{ key: `pipeline:overall-${overall.level}`, text: renderTemplate(template, figures) }];
}

/** Names the short stages, or the enough ones when they are the fewer, so the sentence stays short. */
function stagesParagraph(pipeline: PipelineAnalysis): Paragraph[] {
  const { stages: texts } = PIPELINE_NARRATIVE;
  const judged = pipeline.stages.filter((stage) => stage.verdict.status === "ok");
  const isShort = (stage: (typeof judged)[number]) => stage.verdict.status === "ok" && stage.verdict.level === "short";
  const short = judged.filter(isShort).map((stage) => stage.name);
  const enough = judged.filter((stage) => !isShort(stage)).map((stage) => stage.name);
  const noFactor = pipeline.stages.filter((stage) => stage.pipelineValueFactor.status !== "ok").map((stage) => stage.name);
  if (judged.length === 0) return [];
  const sentences: string[] = noFactor.length > 0 ? [texts.noFactor] : [];
  let key = "some-short";
  if (short.length === 0) {
    key = "all-enough";
    sentences.push(noFactor.length > 0 ? texts.restEnough : texts.allEnough);
  } else if (enough.length === 0 && judged.length > 1) {
    key = "none-enough";
    sentences.push(texts.noneEnough);
  } else if (enough.length > 0 && enough.length < short.length) {
    sentences.push(enough.length === 1 ? texts.oneEnough : texts.manyEnough);
  } else {
    sentences.push(short.length === 1 ? texts.oneShort : texts.manyShort);
  }
  if (short.length > 0 && pipeline.overall.status === "ok" && pipeline.overall.level !== "short") sentences.push(texts.coveredButThin);
  const figures: Figures<PipelinePlaceholder> = { shortStages: listOf(short), enoughStages: listOf(enough), noFactorStages: listOf(noFactor) };
  return [{ key: `pipeline:stages-${key}`, text: renderTemplate(sentences.join(" "), figures) }];
}

function opportunitiesParagraph(demand: OpportunitiesNeeded, sales: SalesAnalysis, money: Format): Paragraph[] {
  const averageDeal = valueOf(sales.averageDealValue);
  const winRate = valueOf(sales.winRates.unit);
  const { dealsNeeded, opportunitiesNeeded: needed, opportunitiesPerQuarter: perQuarter, verdict } = demand;
  if (averageDeal === null || winRate === null || dealsNeeded.status !== "ok" || needed.status !== "ok") return [];
  const level = verdict.status === "ok" ? verdict.level : null;
  const figures: Figures<PipelinePlaceholder> = {
    averageDeal: money(averageDeal),
    dealsNeeded: plural(dealsNeeded.value, "win", "wins"),
    unitWinRate: formatRate(winRate),
    opportunitiesNeeded: plural(needed.value, "new qualified opportunity", "new qualified opportunities"),
    opportunitiesPerQuarter: perQuarter.status === "ok" ? formatCount(perQuarter.value) : undefined,
    opportunityShortfall: verdict.status === "ok" ? formatCount(verdict.shortfall) : undefined,
    opportunitySurplus: verdict.status === "ok" ? (verdict.surplus > 0 ? formatCount(verdict.surplus) : "nothing") : undefined,
  };
  const { opportunities: texts } = PIPELINE_NARRATIVE;
  const template = level ? `${texts.needed} ${texts[level]}` : texts.needed;
  return [{ key: level ? `pipeline:opportunities-${level}` : "pipeline:opportunities", text: renderTemplate(template, figures) }];
}

export function pipelineReport(sales: SalesAnalysis): PipelineReport | null {
  const pipeline = sales.pipeline;
  if (!pipeline || pipeline.target === null) return null;
  const currency = sales.numbers.currency;
  const money: Format = (value) => formatMoney(value, currency);
  const demand = opportunitiesNeeded({
    target: pipeline.target,
    averageDealValue: valueOf(sales.averageDealValue),
    winRate: valueOf(sales.winRates.unit),
    yearlyOpportunities: sales.numbers.opportunities,
  });
  return {
    currency,
    period: "next-quarter",
    target: pipeline.target,
    weightedValue: valueOf(pipeline.weightedValue),
    verdict: verdictWords(pipeline.overall, money),
    stages: pipeline.stages.map((stage) => ({
      name: stage.name,
      count: stage.count ?? 0,
      value: stage.value ?? 0,
      conversion: valueOf(stage.conversion),
      pipelineValueFactor: valueOf(stage.pipelineValueFactor),
      requiredValue: valueOf(stage.requiredValue),
      coverage: valueOf(stage.coverage),
      verdict: verdictWords(stage.verdict, money),
    })),
    opportunities: {
      dealsNeeded: valueOf(demand.dealsNeeded),
      opportunitiesNeeded: valueOf(demand.opportunitiesNeeded),
      opportunitiesPerQuarter: valueOf(demand.opportunitiesPerQuarter),
      verdict: verdictWords(demand.verdict, formatCount),
    },
    paragraphs: [
      { key: "pipeline:explains", text: PIPELINE_NARRATIVE.explains },
      ...overallParagraph(pipeline, sales.numbers.cycleDays, money),
      ...stagesParagraph(pipeline),
      ...opportunitiesParagraph(demand, sales, money),
    ],
  };
}
