// The optional pipeline snapshot (Part E): the stages as given, one group of columns per stage position up to the
// instrument's most stages (stage 1 first; positions beyond a response's stages stay empty), the target, and what
// lib/scoring's analysePipeline makes of them (Pipeline Value Factor, the value needed, coverage and its verdict).
import { PIPELINE_QUESTION_ID, findQuestion, type Instrument, type PipelineQuestion } from "@/lib/instrument";
import type { CsvValue } from "@/lib/csv";
import type { PipelineStageInput, StageAnalysis } from "@/lib/scoring";
import { NOT_ENOUGH_DATA, OWN_MONEY, figureValue, type ExportColumn, type ExportRow } from "./export-column";
import { coverageLevels } from "./derived-columns";


const finite = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

const column = (
  name: string,
  meaning: string,
  unit: string,
  allowed: string,
  value: (row: ExportRow) => CsvValue,
  answer = false,
): ExportColumn => ({ name, group: "pipeline", ...(answer ? { questionId: PIPELINE_QUESTION_ID } : {}), meaning, unit, allowed, value });

function stageColumns(question: PipelineQuestion, position: number): ExportColumn[] {
  const prefix = `pipeline_stage_${position}`;
  const of = `stage ${position} of the pipeline`;
  const given = (row: ExportRow): PipelineStageInput | undefined => row.sales.numbers.pipeline?.stages?.[position - 1];
  const analysed = (row: ExportRow): StageAnalysis | undefined => row.sales.pipeline?.stages[position - 1];
  const verdict = (row: ExportRow) => {
    const stage = analysed(row);
    return stage && stage.verdict.status === "ok" ? stage.verdict.level : null;
  };
  return [
    column(`${prefix}_name`, `Name of ${of}, as the participant wrote it`, "text", `up to ${question.stageNameMaxLength} characters`, (row) => {
      const name = given(row)?.name;
      return typeof name === "string" && name !== "" ? name : null;
    }, true),
    column(`${prefix}_count`, `Deals in ${of} now`, "deals (a count)", `0 to ${question.maxDealCount.toLocaleString("en-US")}, whole numbers`, (row) => finite(given(row)?.count), true),
    column(`${prefix}_value`, `Combined value of the deals in ${of} now`, OWN_MONEY, `0 to ${question.maxValue.toLocaleString("en-US")}`, (row) => finite(given(row)?.value), true),
    column(`${prefix}_conversion_pct`, `Share of deals that historically went on to be won from ${of}`, "percent", "0 to 100", (row) => finite(given(row)?.conversionPct), true),
    column(`${prefix}_value_factor`, `Pipeline Value Factor of ${of}: 1 ÷ conversion, the multiple of the target it must hold`, "multiple", `more than 0; ${NOT_ENOUGH_DATA} or no conversion`, (row) => {
      const stage = analysed(row);
      return stage ? figureValue(stage.pipelineValueFactor) : null;
    }),
    column(`${prefix}_required_value`, `Value ${of} should hold: target × Pipeline Value Factor`, OWN_MONEY, `0 or more; ${NOT_ENOUGH_DATA}`, (row) => {
      const stage = analysed(row);
      return stage ? figureValue(stage.requiredValue) : null;
    }),
    column(`${prefix}_coverage`, `Coverage of ${of}: its value ÷ the value it should hold (1 = exactly enough)`, "ratio", `0 or more; ${NOT_ENOUGH_DATA}`, (row) => {
      const stage = analysed(row);
      return stage ? figureValue(stage.coverage) : null;
    }),
    column(`${prefix}_verdict`, `Coverage of ${of} in words`, "code", `${coverageLevels}; ${NOT_ENOUGH_DATA}`, verdict),
  ];
}

export function pipelineColumns(source: Instrument): ExportColumn[] {
  const question = findQuestion(PIPELINE_QUESTION_ID, source);
  if (question?.kind !== "pipeline") throw new Error(`The export needs the pipeline question ${PIPELINE_QUESTION_ID}`);
  const stages = Array.from({ length: question.maxStages }, (_, i) => stageColumns(question, i + 1)).flat();
  return [
    column("pipeline_stages", "How many pipeline stages the participant gave", "stages (a count)", `${question.minStages} to ${question.maxStages}; empty: the optional step was skipped`, (row) => {
      const count = row.sales.numbers.pipeline?.stages?.length;
      return count ? count : null;
    }, true),
    column("pipeline_target", question.targetLabel, OWN_MONEY, `0 to ${question.maxValue.toLocaleString("en-US")}`, (row) => finite(row.sales.numbers.pipeline?.target), true),
    column("pipeline_weighted_value", "Weighted pipeline: the sum over the stages of value × conversion", OWN_MONEY, `0 or more; ${NOT_ENOUGH_DATA}`, (row) =>
      row.sales.pipeline ? figureValue(row.sales.pipeline.weightedValue) : null,
    ),
    column("pipeline_coverage", "The weighted pipeline ÷ the target (1 = exactly enough)", "ratio", `0 or more; ${NOT_ENOUGH_DATA}`, (row) => {
      const overall = row.sales.pipeline?.overall;
      return overall?.status === "ok" ? overall.ratio : null;
    }),
    column("pipeline_verdict", "The weighted pipeline against the target, in words", "code", `${coverageLevels}; ${NOT_ENOUGH_DATA}`, (row) => {
      const overall = row.sales.pipeline?.overall;
      return overall?.status === "ok" ? overall.level : null;
    }),
    ...stages,
  ];
}
