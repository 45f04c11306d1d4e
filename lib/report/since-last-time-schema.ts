// The stored "Since last time" part: the previous report's figures beside this one's, each with the peers' median
// as it stood at its own date, the change and whether it is meaningful (lib/report/change-rule.ts), a paragraph
// naming the largest changes, and with three or more earlier reports the indices' history for the trend charts.
import { z } from "zod";
import { HARD_NUMBERS } from "@/lib/scoring/hard-numbers";

export const CHANGE_INDICES = ["overall", "number", "value", "winRate", "salesCycle", "personal"] as const;
export const CHANGE_METRICS = [...CHANGE_INDICES, ...HARD_NUMBERS, "velocityPerDay"] as const;
/** index: whole percents; rate: a fraction 0–1; money: in the row's currencies; days; percent as given. */
export const CHANGE_UNITS = ["index", "rate", "money", "days", "percent"] as const;
/** improved / declined: a meaningful change; steady: within the peers' spread; unjudged: no spread on record. */
export const CHANGE_VERDICTS = ["improved", "declined", "steady", "unjudged", "not-comparable"] as const;

export type ChangeIndex = (typeof CHANGE_INDICES)[number];
export type ChangeMetric = (typeof CHANGE_METRICS)[number];
export type ChangeUnit = (typeof CHANGE_UNITS)[number];
export type ChangeVerdict = (typeof CHANGE_VERDICTS)[number];

const Figure = z.number().finite().nullable();

/** One date's figure and its peers' as that date's report stored them. */
export const ChangePointSchema = z.strictObject({ value: Figure, peerMedian: Figure, peerTopQuartile: Figure });

export const ChangeRowSchema = z.strictObject({
  metric: z.enum(CHANGE_METRICS),
  label: z.string(),
  unit: z.enum(CHANGE_UNITS),
  lowerIsBetter: z.boolean(),
  /** The currency of a money row at each date (null: none given). */
  currencies: z.strictObject({ then: z.string().nullable(), now: z.string().nullable() }).optional(),
  then: ChangePointSchema,
  now: ChangePointSchema,
  /** now − then in the row's unit; null when not comparable. */
  change: Figure,
  /** The size a change needed to count as meaningful; null when there was no peer spread to judge by. */
  threshold: Figure,
  verdict: z.enum(CHANGE_VERDICTS),
  /** Why a change is not comparable: a figure missing at one date, two currencies, or a changed definition. */
  reason: z.enum(["missing", "currency", "definition"]).optional(),
  /** The verdict in words, as the table prints it. */
  verdictText: z.string(),
});

export const TrendSchema = z.strictObject({
  metric: z.enum(CHANGE_INDICES),
  label: z.string(),
  /** Oldest first, this report last; a date is null only for this report when its date was not given. */
  points: z.array(z.strictObject({ date: z.string().nullable(), score: Figure, peerMedian: Figure })).min(2),
});

const TextSchema = z.strictObject({ key: z.string(), text: z.string() });

export const SinceLastTimeSchema = z.strictObject({
  /** The report compared with: the latest earlier one. */
  previous: z.strictObject({ completedAt: z.string(), peerGroup: z.string().nullable() }),
  /** This report's date, when the builder was given it. */
  completedAt: z.string().nullable(),
  /** How many earlier reports the participant has. */
  earlierReports: z.int().min(1),
  rows: z.array(ChangeRowSchema),
  /** The largest meaningful changes in words, or a plain statement that nothing moved meaningfully. */
  paragraphs: z.array(TextSchema),
  /** What the comparison had to leave out or qualify: currencies, the peer group, the scoring version. */
  notes: z.array(TextSchema),
  /** One per index with a score at two dates or more; empty with fewer than three earlier reports. */
  trends: z.array(TrendSchema),
});

export type ChangePoint = z.infer<typeof ChangePointSchema>;
export type ChangeRow = z.infer<typeof ChangeRowSchema>;
export type Trend = z.infer<typeof TrendSchema>;
export type SinceLastTime = z.infer<typeof SinceLastTimeSchema>;
