// Category bands as data: the report's words for a score live here, not in code. Each table covers every
// whole percent from 0 to 100 exactly once, lowest band first (bands.test.ts checks this).
import { z } from "zod";

export const BandSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  name: z.string().min(1),
  /** Inclusive whole-percent bounds. */
  min: z.int().min(0).max(100),
  max: z.int().min(0).max(100),
  /** One or two plain sentences a report can print under the name. */
  description: z.string().min(1),
});

export const BandTableSchema = z.array(BandSchema).min(4);

export type Band = z.infer<typeof BandSchema>;

/** Company categories, placed by the overall Dealmaker Index. The sample report's 77 is a "High Performer". */
export const COMPANY_BANDS: readonly Band[] = [
  {
    id: "foundation-builder",
    name: "Foundation Builder",
    min: 0,
    max: 39,
    description: "Many of the basics of a repeatable sales engine are not yet in place; the gains from fixing them are large.",
  },
  {
    id: "emerging-performer",
    name: "Emerging Performer",
    min: 40,
    max: 59,
    description: "Some good practices are established, but they are patchy and results depend on individual effort.",
  },
  {
    id: "solid-performer",
    name: "Solid Performer",
    min: 60,
    max: 74,
    description: "A sound sales organisation with clear strengths and a few gaps that hold back its velocity.",
  },
  {
    id: "high-performer",
    name: "High Performer",
    min: 75,
    max: 89,
    description: "Strong, consistent practice across most of what drives sales velocity; the task is to institutionalise it.",
  },
  {
    id: "world-class",
    name: "World Class",
    min: 90,
    max: 100,
    description: "Practice that sets the benchmark for others; keep renewing it so it stays ahead.",
  },
];

/** Personal categories, placed by the personal Dealmaker Index. The sample report's 89 is a "Dealmaker Ace". */
export const PERSONAL_BANDS: readonly Band[] = [
  {
    id: "getting-started",
    name: "Getting Started",
    min: 0,
    max: 39,
    description: "Few of the habits that win deals are part of your routine yet; small, steady changes will pay off fast.",
  },
  {
    id: "developing-dealmaker",
    name: "Developing Dealmaker",
    min: 40,
    max: 59,
    description: "You have some effective habits; applying them on every deal, not just some, is the next step.",
  },
  {
    id: "capable-dealmaker",
    name: "Capable Dealmaker",
    min: 60,
    max: 74,
    description: "A reliable professional with good habits and a few areas that would lift your results further.",
  },
  {
    id: "accomplished-dealmaker",
    name: "Accomplished Dealmaker",
    min: 75,
    max: 84,
    description: "You sell with discipline and skill; the remaining gains are in the finer points.",
  },
  {
    id: "dealmaker-ace",
    name: "Dealmaker Ace",
    min: 85,
    max: 100,
    description: "You practise nearly everything that separates the best sellers from the rest; share it with your peers.",
  },
];

/**
 * Revenue increase potential of one company sub-index: how much revenue better practice in that factor could
 * still unlock. It falls as the score rises; the sample report marks 75 and above "Minimal".
 */
export const REVENUE_POTENTIAL_BANDS: readonly Band[] = [
  {
    id: "major",
    name: "Major",
    min: 0,
    max: 39,
    description: "This factor is holding revenue back a great deal; improving it is among the largest gains open to you.",
  },
  {
    id: "significant",
    name: "Significant",
    min: 40,
    max: 59,
    description: "Clear gaps in this factor cost real revenue; focused work here should show in the results.",
  },
  {
    id: "moderate",
    name: "Moderate",
    min: 60,
    max: 74,
    description: "This factor is in reasonable shape; a few targeted improvements would still add revenue.",
  },
  {
    id: "minimal",
    name: "Minimal",
    min: 75,
    max: 100,
    description: "This factor already works well; keep the practices that make it so rather than expecting big gains.",
  },
];

/** The band holding a whole-percent score, or null for no score (insufficient data is never banded). */
export function bandFor(score: number | null, bands: readonly Band[]): Band | null {
  if (score === null || !Number.isFinite(score)) return null;
  let found: Band | null = null;
  for (const band of bands) if (score >= band.min) found = band;
  return found;
}
