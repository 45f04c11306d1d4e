// The stored report: plain data, complete enough that the page (and the PDF) render it
// without re-scoring or re-reading the narrative library, so a report reads the same later.
import { z } from "zod";

export const REPORT_VERSION = "2026.1";

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

export const SalesNumbersReportSchema = z.strictObject({
  currency: z.string().nullable(),
  opportunities: Amount,
  averageDeal: Amount,
  /** Unit win rate in [0, 1]. */
  winRate: Amount,
  cycleDays: Amount,
  /** Revenue per day; null with `missing` naming the inputs that were not given. */
  velocityPerDay: Amount,
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

/** Who the report is for; only details the participant consented to store. Absent in reports made before it. */
export const ReportParticipantSchema = z.strictObject({ company: z.string().min(1).optional() });

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
  participant: ReportParticipantSchema.optional(),
});

export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type SectionReport = z.infer<typeof SectionReportSchema>;
export type IndexReport = z.infer<typeof IndexReportSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionKind = z.infer<typeof ActionKindSchema>;
export type SalesNumbersReport = z.infer<typeof SalesNumbersReportSchema>;
export type PipelineReport = z.infer<typeof PipelineReportSchema>;
export type ReportParticipant = z.infer<typeof ReportParticipantSchema>;
