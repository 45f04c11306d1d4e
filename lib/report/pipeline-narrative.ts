// Narrative for the pipeline section (Part E against next quarter's target). Templates are data, with their own
// placeholders: the participant's pipeline figures, each used once in the section. A sentence whose figure is
// missing is dropped by the renderer, as everywhere in the report; where a sentence holds two figures, the second
// is derived from the first (no wins needed without an average deal), so neither can be there alone.
import type { Template } from "./narratives/types";

export const PIPELINE_PLACEHOLDERS = {
  weightedValue: "Σ value × conversion over the stages, with currency, e.g. $3,400,000",
  coverMultiple: "weighted pipeline ÷ target, e.g. 3.4 times",
  overallShortfall: "target − weighted pipeline, with currency, e.g. $500,000",
  overallSurplus: "weighted pipeline − target, with currency, e.g. $200,000, or \"nothing\" when it rounds to 0",
  cycleDays: "average sales cycle of won deals, shown only when longer than a quarter, e.g. 120 days",
  shortStages: "the stages holding less than target × PVF, e.g. Qualified and Proposal",
  enoughStages: "the stages holding at least target × PVF, named when they are the fewer, e.g. Negotiation",
  noFactorStages: "the stages from which nothing has been won (no PVF), e.g. Lead",
  averageDeal: "average won deal with currency, e.g. $50,000",
  dealsNeeded: "target ÷ average won deal, rounded up, with its noun, e.g. 20 wins",
  unitWinRate: "deals won ÷ deals decided, e.g. 25%",
  opportunitiesNeeded: "target ÷ average won deal ÷ unit win rate, rounded up, with its noun, e.g. 80 new qualified opportunities",
  opportunitiesPerQuarter: "new qualified opportunities in 12 months ÷ 4, rounded, e.g. 150",
  opportunityShortfall: "opportunities needed − created in a quarter, e.g. 10",
  opportunitySurplus: "opportunities created in a quarter − needed, e.g. 5, or \"nothing\" when 0",
  shortfall: "needed − held for one verdict, with currency, at least 1, e.g. $2,000,000",
} as const;

export type PipelinePlaceholder = keyof typeof PIPELINE_PLACEHOLDERS;

export const PIPELINE_NARRATIVE = {
  /** The verdict beside a stage (and the whole pipeline) in the table. */
  verdicts: { "well-covered": "Well covered", enough: "Enough", short: "Short by {shortfall}" },
  explains:
    "Your pipeline is measured against your revenue target for next quarter. Each stage's Value Factor is one " +
    "divided by the share of its deals that end up won: the multiple of the quarter's target that the stage has " +
    "to hold at any time if the target is to be met quarter after quarter. The weighted pipeline multiplies each " +
    "stage's value by that share and adds the stages up: what the deals you have today should bring in if they " +
    "convert as they have before.",
  overall: {
    "well-covered":
      "Weighted that way, your pipeline is worth about {weightedValue}. That is {coverMultiple} next quarter's " +
      "target: well covered.",
    enough:
      "Weighted that way, your pipeline is worth about {weightedValue}. That is enough for next quarter's target, " +
      "with {overallSurplus} to spare.",
    short:
      "Weighted that way, your pipeline is worth about {weightedValue}. That leaves next quarter {overallShortfall} " +
      "short of its target even if every stage converts as it has before, so the gap has to come from deals that " +
      "are not in the pipeline yet or from converting better than in the past.",
  },
  cycleLongerThanQuarter:
    "Your sales cycle of {cycleDays} is longer than a quarter, so part of that value will only be won after next " +
    "quarter ends.",
  stages: {
    allEnough:
      "Every stage holds at least what its Value Factor asks for, so the flow from first contact to signature is " +
      "balanced: that is what keeps the target within reach quarter after quarter.",
    oneShort: "{shortStages} holds less than its Value Factor asks for; the table shows by how much.",
    manyShort: "{shortStages} hold less than their Value Factor asks for; the table shows by how much.",
    oneEnough: "Only {enoughStages} holds what its Value Factor asks for; the table shows how far short the others are.",
    manyEnough: "Only {enoughStages} hold what their Value Factor asks for; the table shows how far short the others are.",
    noneEnough: "No stage holds what its Value Factor asks for; the table shows by how much each one is short.",
    restEnough: "Every other stage holds at least what its Value Factor asks for.",
    coveredButThin:
      "Your pipeline as a whole covers next quarter. The stage test is stricter: it asks each stage to hold " +
      "enough on its own for a quarter's target, so that the quarters after next are covered too as deals move " +
      "through.",
    noFactor: "No verdict for {noFactorStages}: a stage from which no deal has ever been won has no Value Factor.",
  },
  opportunities: {
    needed:
      "At your average won deal of {averageDeal}, next quarter's target takes about {dealsNeeded}. At your unit win " +
      "rate of {unitWinRate}, that means about {opportunitiesNeeded} entering the pipeline every quarter.",
    "well-covered":
      "At the pace of the last 12 months you create about {opportunitiesPerQuarter} a quarter: comfortably more " +
      "than the target needs.",
    enough:
      "At the pace of the last 12 months you create about {opportunitiesPerQuarter} a quarter: enough, with " +
      "{opportunitySurplus} to spare.",
    short:
      "At the pace of the last 12 months you create about {opportunitiesPerQuarter} a quarter, {opportunityShortfall} " +
      "too few at today's deal size and win rate. Closing that gap takes more opportunities, larger deals or a " +
      "higher win rate.",
  },
} as const;

/** Every template of the section, for the tests that hold them to the narrative rules. */
export function pipelineTemplates(): Template[] {
  const { verdicts, explains, overall, cycleLongerThanQuarter, stages, opportunities } = PIPELINE_NARRATIVE;
  return [...Object.values(verdicts), explains, ...Object.values(overall), cycleLongerThanQuarter, ...Object.values(stages), ...Object.values(opportunities)];
}
