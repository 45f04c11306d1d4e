// Part E (optional): a snapshot of the pipeline today, from which the report derives each stage's Pipeline
// Value Factor (1 / conversion) and coverage of the target for next quarter. One answer holds the stages and the
// target because neither means anything without the other. The target names its period (since instrument
// 2026.2): Pipeline Value Factors are multiples of a period's target, and a quarter is the period they are
// defined for.
import type { PipelineQuestion } from "./definition";
import { section } from "./build";
import { MAX_DEAL_COUNT, MAX_MONEY_VALUE } from "./part-b";
import { PIPELINE_QUESTION_ID } from "./question-ids";
import { PIPELINE_MAX_STAGES, PIPELINE_MIN_STAGES, PIPELINE_SUGGESTED_STAGES } from "./scales";

export { PIPELINE_QUESTION_ID } from "./question-ids";

export const STAGE_NAME_MAX_LENGTH = 60;

const pipelineQuestion: PipelineQuestion = {
  id: PIPELINE_QUESTION_ID,
  kind: "pipeline",
  label: "Your pipeline stages today",
  help:
    "For each stage, in order: how many deals are in it now, their combined value, and the share of deals that " +
    "historically went on to be won from that stage. Then your revenue target for next quarter.",
  required: false,
  seconds: 300,
  scoring: [],
  minStages: PIPELINE_MIN_STAGES,
  maxStages: PIPELINE_MAX_STAGES,
  suggestedStages: [...PIPELINE_SUGGESTED_STAGES],
  stageNameMaxLength: STAGE_NAME_MAX_LENGTH,
  maxDealCount: MAX_DEAL_COUNT,
  maxValue: MAX_MONEY_VALUE,
  targetLabel: "Revenue target for next quarter",
  targetHelp: "What your team has to win in the next three months (not the year), in the currency of your sales numbers.",
};

export const pipelineSection = section({
  id: "e.pipeline",
  part: "E",
  title: "Pipeline snapshot (optional)",
  intro:
    "If you have your pipeline figures at hand, add them to see whether each stage holds enough to reach next " +
    "quarter's target. Values use the currency you chose with your sales numbers. Skip this step if you prefer.",
  questions: [pipelineQuestion],
});
