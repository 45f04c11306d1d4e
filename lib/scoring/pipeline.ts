// Pipeline Value Factor and coverage (Part E), against the target for next quarter (instrument 2026.2; earlier
// targets named no period and are read the same way). PVF_k = 1 ÷ conversion_k is the multiple of the quarter's
// target that stage k must hold, at any time, for the target to be met quarter after quarter; coverage = value in
// stage k ÷ (target × PVF_k), so 1 means exactly enough. The weighted pipeline Σ value_k × conversion_k is what
// today's deals should bring in, set against the same target.
import { divide, finiteOr, notEnoughData, usable, type FigureOrGap, type NotEnoughData } from "./figure";
import { coverageVerdict, type CoverageVerdict } from "./pipeline-verdict";

export interface PipelineStageInput {
  name: string;
  count?: number | null;
  value?: number | null;
  /** Historical conversion to a win from this stage, in percent (0–100), as Part E asks for it. */
  conversionPct?: number | null;
}

export interface PipelineInput {
  stages: readonly PipelineStageInput[];
  target?: number | null;
}

export interface StageAnalysis {
  name: string;
  count: number | null;
  value: number | null;
  /** Conversion to a win as a fraction 0–1. */
  conversion: FigureOrGap;
  pipelineValueFactor: FigureOrGap;
  /** target × PVF: the value this stage should hold. */
  requiredValue: FigureOrGap;
  coverage: FigureOrGap;
  /** value ÷ requiredValue in words. */
  verdict: CoverageVerdict | NotEnoughData;
}

export interface PipelineAnalysis {
  /** Revenue target for next quarter; null when not a positive number. */
  target: number | null;
  stages: StageAnalysis[];
  /** Σ value × conversion over the stages: a gap if any stage lacks either. */
  weightedValue: FigureOrGap;
  /** The weighted pipeline against the target. */
  overall: CoverageVerdict | NotEnoughData;
}

/** Deals won that reached stage k ÷ deals that reached stage k, for teams that count rather than estimate. */
export function conversionRate(wonAfterReaching: number | null | undefined, reached: number | null | undefined) {
  return divide(wonAfterReaching, reached, ["wonAfterReaching", "reached"]);
}

/** 1 ÷ conversion; a stage from which nothing has ever been won has no finite factor, so it is a gap. */
export function pipelineValueFactor(conversion: number | null | undefined): FigureOrGap {
  return divide(1, conversion, ["1", "conversion"]);
}

export function stageCoverage(
  valueInStage: number | null | undefined,
  target: number | null | undefined,
  pvf: number | null | undefined,
): FigureOrGap {
  if (!usable(target) || !usable(pvf)) {
    return notEnoughData([...(usable(target) ? [] : ["target"]), ...(usable(pvf) ? [] : ["pipelineValueFactor"])]);
  }
  return divide(valueInStage, target * pvf, ["value", "target × pipelineValueFactor"]);
}

export function analysePipeline(pipeline: PipelineInput): PipelineAnalysis {
  const target = usable(pipeline.target) && pipeline.target > 0 ? pipeline.target : null;
  const stages = pipeline.stages.map((stage): StageAnalysis => {
    const conversion = divide(stage.conversionPct, 100, ["conversionPct", "100"]);
    const pvf = conversion.status === "ok" ? pipelineValueFactor(conversion.value) : conversion;
    const requiredValue =
      target === null ? notEnoughData(["target"]) : pvf.status === "ok" ? finiteOr(target * pvf.value, ["target"]) : pvf;
    const coverage = pvf.status === "ok" ? stageCoverage(stage.value, target, pvf.value) : pvf;
    const verdict = requiredValue.status === "ok" ? coverageVerdict(stage.value, requiredValue.value, ["value", "requiredValue"]) : requiredValue;
    return {
      name: stage.name,
      count: usable(stage.count) ? stage.count : null,
      value: usable(stage.value) ? stage.value : null,
      conversion,
      pipelineValueFactor: pvf,
      requiredValue,
      coverage,
      verdict,
    };
  });
  const weighted = weightedValue(pipeline.stages);
  const overall = weighted.status === "ok" ? coverageVerdict(weighted.value, target, ["weightedValue", "target"]) : weighted;
  return { target, stages, weightedValue: weighted, overall };
}

/** Σ value_k × conversion_k: what the deals in the pipeline today should bring in if they convert as before. */
export function weightedValue(stages: readonly PipelineStageInput[]): FigureOrGap {
  if (stages.length === 0) return notEnoughData(["stages"]);
  const missing = stages.flatMap((stage) => [
    ...(usable(stage.value) ? [] : ["value"]),
    ...(usable(stage.conversionPct) ? [] : ["conversionPct"]),
  ]);
  if (missing.length > 0) return notEnoughData(missing);
  const total = stages.reduce((sum, stage) => sum + (stage.value as number) * ((stage.conversionPct as number) / 100), 0);
  return finiteOr(total, ["value"]);
}
