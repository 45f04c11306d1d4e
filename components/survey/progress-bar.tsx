import type { Progress } from "@/lib/survey/progress";

export function ProgressBar({ progress }: { progress: Progress }) {
  const onReview = progress.step >= progress.steps;
  const label = onReview
    ? "All steps done — review and submit"
    : `Step ${progress.step + 1} of ${progress.steps} · about ${progress.minutesLeft} minute${progress.minutesLeft === 1 ? "" : "s"} left`;
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm text-muted">
        <span>{label}</span>
        <span>{progress.percent}% done</span>
      </div>
      <div
        role="progressbar"
        aria-label="Survey progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={label}
        className="h-2 overflow-hidden rounded-full bg-brand-soft"
      >
        <div className="h-full bg-brand transition-[width]" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}
