// The admin overview the slow obvious way: every response in memory, counted and sorted, to check
// lib/db/admin-stats/overview.ts (its rollup of closed months and its live reads) against.
import { surveySteps, type Overview } from "@/lib/db/admin-stats";
import { monthRange } from "@/lib/db/admin-stats/overview";
import { percentileCont } from "./admin-population";

/** `inPool` false: kept out of the benchmark pool (still counted here, and counted as such); left out, in it. */
export type OverviewRow = { status: "DRAFT" | "COMPLETED"; currentStep: number; startedAt: Date; completedAt: Date | null; inPool?: boolean };

const month = (date: Date) => date.toISOString().slice(0, 7);

/** The overview of the responses given (already filtered): the median over durations rounded to whole seconds. */
export function bruteForceOverview(rows: readonly OverviewRow[], threshold: number): Overview {
  const completed = rows.filter((row) => row.status === "COMPLETED");
  const durations = completed.flatMap((row) =>
    row.completedAt ? [Math.round((row.completedAt.getTime() - row.startedAt.getTime()) / 1000)] : [],
  );
  const months = new Map<string, { started: number; completed: number }>();
  const bump = (key: string, field: "started" | "completed") => {
    const entry = months.get(key) ?? { started: 0, completed: 0 };
    entry[field] += 1;
    months.set(key, entry);
  };
  for (const row of rows) bump(month(row.startedAt), "started");
  for (const row of completed) if (row.completedAt) bump(month(row.completedAt), "completed");
  const labels = [...months.keys()].sort();
  const suppressed = completed.length < threshold;
  const lastStep = surveySteps().length - 1;
  return {
    threshold,
    started: rows.length,
    completed: completed.length,
    outOfPool: completed.filter((row) => row.inPool === false).length,
    completionRate: rows.length ? completed.length / rows.length : null,
    medianSecondsToComplete: suppressed ? null : percentileCont(durations, 0.5),
    medianSuppressed: suppressed,
    dropOff: surveySteps().map((step) => ({
      ...step,
      drafts: rows.filter((row) => row.status === "DRAFT" && Math.min(row.currentStep, lastStep) === step.step).length,
    })),
    byMonth: labels.length
      ? monthRange(labels[0]!, labels.at(-1)!).map((label) => ({ month: label, ...(months.get(label) ?? { started: 0, completed: 0 }) }))
      : [],
  };
}
