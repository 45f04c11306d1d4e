// Pipeline Value Factor and coverage (Part E). PVF_k = 1 ÷ conversion_k is the multiple of the period target
// that stage k must hold for the target to be met; coverage = value in stage k ÷ (target × PVF_k), so 1 means
// exactly enough, below 1 a shortfall.
import { divide, finiteOr, notEnoughData, usable, type FigureOrGap } from "./figure";

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
}

export interface PipelineAnalysis {
  target: number | null;
  stages: StageAnalysis[];
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
    return {
      name: stage.name,
      count: usable(stage.count) ? stage.count : null,
      value: usable(stage.value) ? stage.value : null,
      conversion,
      pipelineValueFactor: pvf,
      requiredValue,
      coverage,
    };
  });
  return { target, stages };
}
