// The stored report: plain data, complete enough that the page (and the PDF) render it
// without re-scoring or re-reading the narrative library, so a report reads the same later.
import { z } from "zod";
import { PeerNumbersReportSchema } from "./peer-numbers";
import { SinceLastTimeSchema } from "./since-last-time-schema";

/** 2026.2: velocity from a yearly opportunity count (÷ 365), its yearly figure and the consistency check. */
export const REPORT_VERSION = "2026.3";

const Percent = z.int().min(0).max(100);
const Score = Percent.nullable();

export const ParagraphSchema = z.strictObject({ key: z.string(), text: z.string() });

const BandRefSchema = z.strictObject({ name: z.string(), description: z.string() });
const RelativeSchema = z.strictObject({ percent: Percent, better: z.int().min(0), peers: z.int().min(1) }).nullable();
const ActionKindSchema = z.enum(["KEEP", "CHANGE", "STOP"]);
/** When a staged action starts (docs/methodology.md §8, "Staging"): its 30/60/90 days count from then. */
const ActionStageSchema = z.enum(["now", "next-quarter", "quarter-after"]);

/** A detailed-analysis paragraph's link to the first action about its question (absent in older reports). */
const ActionRefSchema = z.strictObject({ anchor: z.string(), number: z.int().min(1), title: z.string() });

export const AnswerParagraphSchema = z.strictObject({
  questionId: z.string(),
  question: z.string(),
  answer: z.string(),
  key: z.string(),
  text: z.string(),
  actionRef: ActionRefSchema.optional(),
});

export const SectionReportSchema = z.strictObject({
  sectionId: z.string(),
  title: z.string(),
  score: Score,
  peerMedian: Score,
  paragraphs: z.array(AnswerParagraphSchema),
});

/** The peers' 75th percentile of an index, with the median their spread (absent in reports made before it). */
const PeerTopQuartile = Score.optional();

export const IndexReportSchema = z.strictObject({
  key: z.enum(["value", "number", "winRate", "salesCycle"]),
  name: z.string(),
  score: Score,
  peerMedian: Score,
  peerTopQuartile: PeerTopQuartile,
  potential: z.string().nullable(),
  explains: z.string(),
  paragraphs: z.array(ParagraphSchema),
});

/** Revenue a year at stake on an action, in the participant's currency (docs/methodology.md §8). */
const StakeSchema = z.strictObject({
  amount: z.number().finite().min(0),
  currency: z.string().nullable(),
  /** The lever that carries most of the amount. */
  lever: z.enum(["value", "number", "winRate", "salesCycle"]),
  /** How the amount is made up, e.g. "42% of the win-rate gap and 18% of the sales-cycle gap". */
  basis: z.string(),
});

export const ActionSchema = z.strictObject({
  kind: ActionKindSchema,
  questionId: z.string(),
  section: z.string(),
  title: z.string(),
  /** Why this action: the answer given (in older reports: the detailed-analysis paragraph). */
  text: z.string(),
  /** The fields below are absent in older reports. */
  anchor: z.string().optional(),
  /** Null for a problem whose money could not be computed (`stakeNote` says why); absent on KEEP. */
  stake: StakeSchema.nullable().optional(),
  /** Why there is no amount, or which levers it leaves out. */
  stakeNote: z.string().optional(),
  plan: z.strictObject({ days30: z.string(), days60: z.string(), days90: z.string() }).optional(),
  /** Absent when the actions run side by side (and in reports before staging). */
  stage: ActionStageSchema.optional(),
});

const Amount = z.number().finite().nullable();

/** A perception gap the report printed (lib/report/narratives/perception-gaps.ts): its paragraph is `gap:<rule>`. */
export const PerceptionGapNoteSchema = z.strictObject({
  rule: z.string(),
  /** The question id or index whose paragraph the gap replaced. */
  where: z.string(),
  on: z.enum(["question", "index"]),
  direction: z.enum(["over", "under"]),
  /** The figure (a hard number) or figure condition that contradicts the answers. */
  evidence: z.string(),
  /** One figure-free line for the executive summary. */
  headline: z.string(),
});

/** Two answers that disagree, as the report printed them (lib/report/narratives/agreement-pairs.ts): `agreement:<pair>`. */
export const AnswerTensionNoteSchema = z.strictObject({
  pair: z.string(),
  /** The question id whose paragraph holds the tension. */
  where: z.string(),
  /** One figure-free line for the executive summary. */
  headline: z.string(),
});

export const SalesNumbersReportSchema = z.strictObject({
  currency: z.string().nullable(),
  opportunities: Amount,
  averageDeal: Amount,
  /** Unit win rate in [0, 1]. */
  winRate: Amount,
  cycleDays: Amount,
  /** Revenue per day; null with `missing` naming the inputs that were not given. */
  velocityPerDay: Amount,
  /** velocityPerDay × 365 (absent in reports before 2026.2). */
  velocityPerYear: Amount.optional(),
  /** Qualified opportunities being worked at one time: yearly new ones × cycle ÷ 365 (absent before 2026.2). */
  opportunitiesInFlight: Amount.optional(),
  /** Whether the implied yearly revenue agrees with the value reported won (within 2×); null when unknown. */
  consistency: z.enum(["agrees", "implied-above-won", "implied-below-won"]).nullable().optional(),
  missing: z.array(z.string()),
  tenPercentBetter: z.strictObject({ multiplier: z.number().finite(), changePercent: z.number().finite(), after: z.number().finite() }).nullable(),
  winRates: z.strictObject({
    unit: Amount,
    value: Amount,
    won: z.strictObject({ count: Amount, value: Amount }),
    lost: z.strictObject({ count: Amount, value: Amount }),
    open: z.strictObject({ count: Amount, value: Amount }),
  }),
  quotaAttainment: Amount,
  sellersAtQuota: Amount,
  paragraphs: z.array(ParagraphSchema),
});

/** "Is there enough?" in words ("Short by $2,000,000"), with its level (lib/scoring/pipeline-verdict.ts). */
export const CoverageVerdictSchema = z.strictObject({ level: z.enum(["well-covered", "enough", "short"]), text: z.string() });

// period, weightedValue, verdict, opportunities and the stage verdicts are absent in reports built before the
// target named its period (instrument 2026.2); those render as they were, without verdicts.
export const PipelineReportSchema = z.strictObject({
  currency: z.string().nullable(),
  period: z.literal("next-quarter").optional(),
  target: z.number().finite(),
  /** Σ value × conversion: what today's deals should bring in. */
  weightedValue: Amount.optional(),
  /** The weighted pipeline against the target. */
  verdict: CoverageVerdictSchema.nullable().optional(),
  stages: z.array(
    z.strictObject({
      name: z.string(),
      count: z.number().finite(),
      value: z.number().finite(),
      conversion: Amount,
      pipelineValueFactor: Amount,
      requiredValue: Amount,
      coverage: Amount,
      /** Value now against requiredValue. */
      verdict: CoverageVerdictSchema.nullable().optional(),
    }),
  ),
  /** What the target takes at the participant's average won deal and unit win rate, against today's pace. */
  opportunities: z
    .strictObject({ dealsNeeded: Amount, opportunitiesNeeded: Amount, opportunitiesPerQuarter: Amount, verdict: CoverageVerdictSchema.nullable() })
    .optional(),
  paragraphs: z.array(ParagraphSchema),
});

/** Who the report is for; only details the participant consented to store. Absent in reports made before it. */
export const ReportParticipantSchema = z.strictObject({ company: z.string().min(1).optional() });

export const ReportDocumentSchema = z.strictObject({
  kind: z.literal("report"),
  versions: z.strictObject({ report: z.string(), narrative: z.string(), scoring: z.string(), instrument: z.string() }),
  profile: z.record(z.string(), z.string()),
  peerGroup: z.strictObject({ label: z.string(), size: z.int().min(0), meetsMinimum: z.boolean() }).nullable(),
  summary: z.strictObject({
    overall: z.strictObject({ score: Score, category: BandRefSchema.nullable(), relative: RelativeSchema, peerMedian: Score, peerTopQuartile: PeerTopQuartile }),
    personal: z.strictObject({ score: Score, category: BandRefSchema.nullable(), relative: RelativeSchema, peerMedian: Score, peerTopQuartile: PeerTopQuartile }),
  }),
  executive: z.strictObject({
    overall: z.array(ParagraphSchema),
    indices: z.array(IndexReportSchema),
    sales: SalesNumbersReportSchema,
    actions: z.array(ActionSchema),
    /** The hard numbers against peers (lib/report/peer-numbers.ts); absent in reports made before they existed. */
    peerNumbers: PeerNumbersReportSchema.optional(),
    /** The order of attack: the biggest gap in money and how the amounts are made (absent in older reports). */
    actionsLead: z.array(ParagraphSchema).optional(),
  }),
  detailed: z.array(SectionReportSchema),
  personal: z.strictObject({ paragraphs: z.array(ParagraphSchema), sections: z.array(SectionReportSchema) }),
  pipeline: PipelineReportSchema.nullable(),
  participant: ReportParticipantSchema.optional(),
  /** Absent in reports before narrative 2026.3. */
  perceptionGaps: z.array(PerceptionGapNoteSchema).optional(),
  /** The tensions between two answers the detailed analysis printed, in reading order (absent in older reports). */
  tensions: z.array(AnswerTensionNoteSchema).optional(),
  /** The changes since the participant's previous report (lib/report/since-last-time.ts); absent in a first report. */
  sinceLastTime: SinceLastTimeSchema.optional(),
});

export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type SectionReport = z.infer<typeof SectionReportSchema>;
export type IndexReport = z.infer<typeof IndexReportSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionRef = z.infer<typeof ActionRefSchema>;
export type Stake = z.infer<typeof StakeSchema>;
export type ActionKind = z.infer<typeof ActionKindSchema>;
export type ActionStage = z.infer<typeof ActionStageSchema>;
export type SalesNumbersReport = z.infer<typeof SalesNumbersReportSchema>;
export type PipelineReport = z.infer<typeof PipelineReportSchema>;
export type CoverageVerdictWords = z.infer<typeof CoverageVerdictSchema>;
export type ReportParticipant = z.infer<typeof ReportParticipantSchema>;
export type PerceptionGapNote = z.infer<typeof PerceptionGapNoteSchema>;
export type AnswerTensionNote = z.infer<typeof AnswerTensionNoteSchema>;
