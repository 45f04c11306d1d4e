// Participation: started and completed responses, the completion rate, the median time to complete, where
// drafts stopped (by the step they had reached) and responses by calendar month (UTC). It counts surveys taken, so
// responses outside the benchmark pool are in it, and it says how many of them there are (decision 026).
import "server-only";
import { instrument } from "@/lib/instrument";
import { anonymityThreshold } from "./threshold";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { quantilesFromCounts } from "@/lib/scoring";
import { firstLiveMonth } from "./overview-months";
import { readOverviewRows } from "./overview-rows";

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
  /** Every survey submitted, in the benchmark pool or not: the overview counts surveys taken (decision 026). */
  completed: number;
  /** How many of `completed` their participants kept out of the benchmark pool (never counted in any benchmark). */
  outOfPool: number;
  /** completed ÷ started, 0–1; null when nothing was started. */
  completionRate: number | null;
  /**
   * Median of completedAt − startedAt, each rounded to whole seconds, over completed responses (percentile_cont);
   * null (suppressed) below the threshold.
   */
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

/**
 * The overview at `now` (the caller's clock: the page passes the time of the request). The months closed at `now`
 * that are rolled up (overview-months.ts; rolling them up is the caller's next step, rollUpOverviewMonths) and the
 * live rest are read in one statement (overview-rows.ts), so the figures are exactly those of counting every
 * response — the median over durations rounded to whole seconds — whatever is rolled up and whatever `now` is.
 */
export async function overviewStats(filter: AdminFilter, now: Date): Promise<Overview> {
  const threshold = anonymityThreshold();
  const { counts: rows, durations, pooled } = await readOverviewRows(filter, firstLiveMonth(now));
  const median = quantilesFromCounts(durations, [0.5])?.[0] ?? null;

  let started = 0;
  let completed = 0;
  const steps = new Map<number, number>();
  const monthCounts = new Map<string, MonthCount>();
  const month = (label: string) => monthCounts.get(label) ?? monthCounts.set(label, { month: label, started: 0, completed: 0 }).get(label)!;
  for (const row of rows) {
    started += row.n;
    month(row.startedMonth).started += row.n;
    if (row.status === "COMPLETED") {
      completed += row.n;
      if (row.completedMonth) month(row.completedMonth).completed += row.n;
    } else {
      steps.set(row.step, (steps.get(row.step) ?? 0) + row.n);
    }
  }
  const months = [...monthCounts.values()].sort((a, b) => a.month.localeCompare(b.month));
  const lastStep = instrument.sections.length;
  const draftsAt = new Map<number, number>();
  for (const [step, drafts] of steps) draftsAt.set(Math.min(step, lastStep), (draftsAt.get(Math.min(step, lastStep)) ?? 0) + drafts);
  const byMonthLabel = new Map(months.map((row) => [row.month, row]));
  const suppressed = completed < threshold;
  return {
    threshold,
    started,
    completed,
    outOfPool: completed - pooled,
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
