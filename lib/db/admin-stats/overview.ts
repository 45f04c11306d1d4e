// Participation: started and completed responses, the completion rate, the median time to complete, where
// drafts stopped (by the step they had reached) and responses by calendar month (UTC).
import "server-only";
import { instrument } from "@/lib/instrument";
import { db } from "../client";
import { anonymityThreshold } from "./threshold";
import { anyStatusFilterSql, type AdminFilter } from "./filter";

export interface DropOff {
  /** The step the drafts stopped at: a section's index in the form, or the review step after the last one. */
  step: number;
  sectionId: string | null;
  title: string;
  drafts: number;
}

export interface MonthCount {
  /** "YYYY-MM" */
  month: string;
  started: number;
  completed: number;
}

export interface Overview {
  threshold: number;
  started: number;
  completed: number;
  /** completed ÷ started, 0–1; null when nothing was started. */
  completionRate: number | null;
  /** Median of completedAt − startedAt over completed responses; null (suppressed) below the threshold. */
  medianSecondsToComplete: number | null;
  medianSuppressed: boolean;
  /** One entry per step, in form order, with zero where no draft stopped. */
  dropOff: DropOff[];
  /** Every month from the first to the last with activity, gaps filled with zeros. */
  byMonth: MonthCount[];
}

/** Every step of the form, then the review step (currentStep past the last section). */
export function surveySteps(): { step: number; sectionId: string | null; title: string }[] {
  return [
    ...instrument.sections.map((section, step) => ({ step, sectionId: section.id, title: section.title })),
    { step: instrument.sections.length, sectionId: null, title: "Review (not submitted)" },
  ];
}

/** "YYYY-MM" months from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    months.push(label);
    if (label >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

export async function overviewStats(filter: AdminFilter = {}): Promise<Overview> {
  const threshold = anonymityThreshold();
  const where = anyStatusFilterSql(filter);
  const [totals] = await db().$queryRaw<{ started: number; completed: number; median: number | null }[]>`
    SELECT count(*)::int AS started,
           count(*) FILTER (WHERE r.status = 'COMPLETED')::int AS completed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r."completedAt" - r."startedAt")::float8)
             FILTER (WHERE r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL) AS median
      FROM "Response" r WHERE true ${where}`;
  const steps = await db().$queryRaw<{ step: number; drafts: number }[]>`
    SELECT r."currentStep" AS step, count(*)::int AS drafts
      FROM "Response" r WHERE r.status = 'DRAFT' ${where} GROUP BY 1`;
  const months = await db().$queryRaw<{ month: string; started: number; completed: number }[]>`
    SELECT to_char(m, 'YYYY-MM') AS month, sum(started)::int AS started, sum(completed)::int AS completed
      FROM (
        SELECT date_trunc('month', r."startedAt") AS m, 1 AS started, 0 AS completed FROM "Response" r WHERE true ${where}
        UNION ALL
        SELECT date_trunc('month', r."completedAt"), 0, 1 FROM "Response" r
         WHERE r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL ${where}
      ) AS events
     GROUP BY m ORDER BY m`;

  const { started, completed, median } = totals!;
  const lastStep = instrument.sections.length;
  const draftsAt = new Map<number, number>();
  for (const row of steps) draftsAt.set(Math.min(row.step, lastStep), (draftsAt.get(Math.min(row.step, lastStep)) ?? 0) + row.drafts);
  const byMonthLabel = new Map(months.map((row) => [row.month, row]));
  const suppressed = completed < threshold;
  return {
    threshold,
    started,
    completed,
    completionRate: started > 0 ? completed / started : null,
    medianSecondsToComplete: suppressed ? null : median,
    medianSuppressed: suppressed,
    dropOff: surveySteps().map((step) => ({ ...step, drafts: draftsAt.get(step.step) ?? 0 })),
    byMonth: months.length
      ? monthRange(months[0]!.month, months.at(-1)!.month).map(
          (month) => byMonthLabel.get(month) ?? { month, started: 0, completed: 0 },
        )
      : [],
  };
}
