"use client";
import type { PoolChoice } from "./use-pool-choice";

/** The review step's benchmark-pool box: the choice, what it means, and that it is fixed once submitted. */
export function PoolChoiceBox({ pool }: { pool: PoolChoice }) {
  const status = pool.saving
    ? "Saving your choice…"
    : pool.inPool
      ? "Your answers will join the benchmark pool when you submit."
      : "Your answers will stay out of the benchmark pool. You still get your full report, compared with the pool.";
  return (
    <section aria-labelledby="pool-title" className="space-y-2 rounded-lg border border-brand bg-surface p-4">
      <h3 id="pool-title" className="font-semibold">
        Your answers in the benchmark
      </h3>
      <label className="flex items-start gap-3 font-medium">
        <input
          type="checkbox"
          checked={pool.inPool}
          onChange={(event) => pool.choose(event.target.checked)}
          aria-describedby="pool-help pool-fixed"
          className="mt-1 size-5 accent-brand"
        />
        <span>{pool.question.label}</span>
      </label>
      <p id="pool-help" className="text-sm text-muted">
        {pool.question.help}
      </p>
      <p id="pool-fixed" className="text-sm font-medium">
        Once you submit, this choice is fixed.
      </p>
      <p role="status" className="text-sm">
        {status}
      </p>
      {pool.error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {pool.error}
        </p>
      ) : null}
    </section>
  );
}
