// The stored report: plain data, complete enough that the page (and the PDF) render it
// without re-scoring or re-reading the narrative library, so a report reads the same later.
import { z } from "zod";

/** 2026.2: velocity from a yearly opportunity count (÷ 365), its yearly figure and the consistency check. */
export const REPORT_VERSION = "2026.2";

const Percent = z.int().min(0).max(100);
const Score = Percent.nullable();

export const ParagraphSchema = z.strictObject({ key: z.string(), text: z.string() });

const BandRefSchema = z.strictObject({ name: z.string(), description: z.string() });
const RelativeSchema = z.strictObject({ percent: Percent, better: z.int().min(0), peers: z.int().min(1) }).nullable();
const ActionKindSchema = z.enum(["KEEP", "CHANGE", "STOP"]);

export const AnswerParagraphSchema = z.strictObject({
  questionId: z.string(),
  question: z.string(),
  answer: z.string(),
  key: z.string(),
  text: z.string(),
});

export const SectionReportSchema = z.strictObject({
  sectionId: z.string(),
  title: z.string(),
  score: Score,
  peerMedian: Score,
  paragraphs: z.array(AnswerParagraphSchema),
});

export const IndexReportSchema = z.strictObject({
  key: z.enum(["value", "number", "winRate", "salesCycle"]),
  name: z.string(),
  score: Score,
  peerMedian: Score,
  potential: z.string().nullable(),
  explains: z.string(),
  paragraphs: z.array(ParagraphSchema),
});

export const ActionSchema = z.strictObject({
  kind: ActionKindSchema,
  questionId: z.string(),
  section: z.string(),
  title: z.string(),
  text: z.string(),
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

export const PipelineReportSchema = z.strictObject({
  currency: z.string().nullable(),
  target: z.number().finite(),
  stages: z.array(
    z.strictObject({
      name: z.string(),
      count: z.number().finite(),
      value: z.number().finite(),
      conversion: Amount,
      pipelineValueFactor: Amount,
      requiredValue: Amount,
      coverage: Amount,
    }),
  ),
  paragraphs: z.array(ParagraphSchema),
});

export const ReportDocumentSchema = z.strictObject({
  kind: z.literal("report"),
  versions: z.strictObject({ report: z.string(), narrative: z.string(), scoring: z.string(), instrument: z.string() }),
  profile: z.record(z.string(), z.string()),
  peerGroup: z.strictObject({ label: z.string(), size: z.int().min(0), meetsMinimum: z.boolean() }).nullable(),
  summary: z.strictObject({
    overall: z.strictObject({ score: Score, category: BandRefSchema.nullable(), relative: RelativeSchema, peerMedian: Score }),
    personal: z.strictObject({ score: Score, category: BandRefSchema.nullable(), relative: RelativeSchema, peerMedian: Score }),
  }),
  executive: z.strictObject({
    overall: z.array(ParagraphSchema),
    indices: z.array(IndexReportSchema),
    sales: SalesNumbersReportSchema,
    actions: z.array(ActionSchema),
  }),
  detailed: z.array(SectionReportSchema),
  personal: z.strictObject({ paragraphs: z.array(ParagraphSchema), sections: z.array(SectionReportSchema) }),
  pipeline: PipelineReportSchema.nullable(),
  /** Absent in reports before narrative 2026.3. */
  perceptionGaps: z.array(PerceptionGapNoteSchema).optional(),
});

export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type SectionReport = z.infer<typeof SectionReportSchema>;
export type IndexReport = z.infer<typeof IndexReportSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionKind = z.infer<typeof ActionKindSchema>;
export type SalesNumbersReport = z.infer<typeof SalesNumbersReportSchema>;
export type PipelineReport = z.infer<typeof PipelineReportSchema>;
export type PerceptionGapNote = z.infer<typeof PerceptionGapNoteSchema>;
