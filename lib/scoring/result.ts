// The shape of a scored response. It is stored as JSON beside the response and read back by the report, so it is
// a schema: the database layer can check what it reads, and every consumer gets the same types.
import { z } from "zod";
import { BandSchema } from "./bands";

const WholePercentSchema = z.int().min(0).max(100);

export const IndexScoreSchema = z.strictObject({
  /** Whole percent; null means insufficient data (fewer answered items than `required`). */
  score: WholePercentSchema.nullable(),
  answered: z.int().min(0),
  required: z.int().min(1),
  sufficient: z.boolean(),
});

export const SectionScoreSchema = z.strictObject({
  sectionId: z.string(),
  part: z.string(),
  title: z.string(),
  /** Whole percent; null when none of the section's scored items was answered. */
  score: WholePercentSchema.nullable(),
  answered: z.int().min(0),
  items: z.int().min(1),
});

export const ScoreResultSchema = z.strictObject({
  scoringVersion: z.string(),
  instrumentVersion: z.string(),
  indices: z.strictObject({
    value: IndexScoreSchema,
    number: IndexScoreSchema,
    winRate: IndexScoreSchema,
    salesCycle: IndexScoreSchema,
    personal: IndexScoreSchema,
  }),
  /** The overall Dealmaker Index: null unless all four company sub-indices have a score. */
  overall: WholePercentSchema.nullable(),
  companyCategory: BandSchema.nullable(),
  personalCategory: BandSchema.nullable(),
  revenuePotential: z.strictObject({
    value: BandSchema.nullable(),
    number: BandSchema.nullable(),
    winRate: BandSchema.nullable(),
    salesCycle: BandSchema.nullable(),
  }),
  sectionScores: z.array(SectionScoreSchema),
});

export type IndexScore = z.infer<typeof IndexScoreSchema>;
export type SectionScore = z.infer<typeof SectionScoreSchema>;
export type ScoreResult = z.infer<typeof ScoreResultSchema>;
