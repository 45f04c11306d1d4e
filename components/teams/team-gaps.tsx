// Perception gaps: the five largest as sentences, then every gap in a table per comparison, largest first.
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { TOP_GAP_COUNT } from "@/lib/teams/team-rules";
import { gapSubject, gapValueLabel } from "@/lib/teams/team-labels";

type Gap = TeamDashboard["gaps"][number];

const COMPARISONS = {
  "leader-members": { title: "You and your team", first: "You", second: "Team median" },
  "managers-sellers": { title: "Managers and sellers", first: "Managers' median", second: "Sellers' median" },
} as const;

function GapTable({ comparison, gaps }: { comparison: Gap["comparison"]; gaps: Gap[] }) {
  const { title, first, second } = COMPARISONS[comparison];
  return (
    <details className="rounded-md border border-line bg-surface p-3">
      <summary className="cursor-pointer font-semibold">
        {title}: every question and section ({gaps.length})
      </summary>
      <ul className="mt-3 space-y-3">
        {gaps.map((gap) => (
          <li key={`${gap.sectionId}/${gap.questionId}`} className="border-t border-line pt-2 text-sm">
            <p className="font-medium">{gapSubject(gap)}</p>
            <p className="text-muted">
              {first}: {gapValueLabel(gap, gap.leader)} · {second}: {gapValueLabel(gap, gap.members)} · difference {gap.difference > 0 ? "+" : ""}
              {gap.difference}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function TeamGaps({ dashboard }: { dashboard: TeamDashboard }) {
  const top = dashboard.gaps.filter((gap) => gap.difference !== 0).slice(0, TOP_GAP_COUNT);
  const byComparison = (comparison: Gap["comparison"]) => dashboard.gaps.filter((gap) => gap.comparison === comparison);
  return (
    <section aria-labelledby="gaps" className="space-y-3">
      <h2 id="gaps" className="text-xl font-semibold">
        Where you see the business differently
      </h2>
      {!dashboard.leaderCompleted ? (
        <p className="text-muted">Take the survey yourself as the leader to see where your answers and your team&apos;s differ.</p>
      ) : null}
      {!dashboard.managersVersusSellers ? (
        <p className="text-sm text-muted">
          Managers and sellers are compared once each side has at least {dashboard.minimumMembers} completed members.
        </p>
      ) : null}
      {top.length > 0 ? (
        <ol className="list-decimal space-y-2 pl-5" aria-label="The largest gaps">
          {top.map((gap) => (
            <li key={`${gap.comparison}/${gap.sectionId}/${gap.questionId}`}>{gap.sentence}</li>
          ))}
        </ol>
      ) : dashboard.leaderCompleted || dashboard.managersVersusSellers ? (
        <p>No gaps: the answers compared agree.</p>
      ) : null}
      {(["leader-members", "managers-sellers"] as const).map((comparison) =>
        byComparison(comparison).length ? <GapTable key={comparison} comparison={comparison} gaps={byComparison(comparison)} /> : null,
      )}
    </section>
  );
}
