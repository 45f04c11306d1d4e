// The team dashboard (issue 16): what the leader reads at /t/{token}, and what an admin reads for support. `leader`
// carries the leader's actions (the invite link, taking the survey, closing the team); without it, none are shown.
import type { ReactNode } from "react";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { CopyField } from "./copy-field";
import { PersonalDistributionChart } from "./personal-distribution-chart";
import { TeamFiguresTable } from "./team-figures-table";
import { TeamGaps } from "./team-gaps";

export interface LeaderActions {
  invitePath: string;
  surveyForm: ReactNode;
  closeForm: ReactNode;
  pdfHref: string;
}

function Status({ dashboard }: { dashboard: TeamDashboard }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
      <div className="rounded-md border border-line bg-surface p-3">
        <dt className="text-sm text-muted">Members started</dt>
        <dd className="text-2xl font-bold">{dashboard.started}</dd>
      </div>
      <div className="rounded-md border border-line bg-surface p-3">
        <dt className="text-sm text-muted">Members completed</dt>
        <dd className="text-2xl font-bold">{dashboard.completed}</dd>
      </div>
    </dl>
  );
}

export function TeamDashboardView({ dashboard, leader, title }: { dashboard: TeamDashboard; leader?: LeaderActions; title?: string }) {
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{title ?? `Team dashboard: ${dashboard.name}`}</h1>
        <p className="text-muted">
          {dashboard.closed ? "This team is closed: its invite link no longer starts a survey." : "Open: members can still join with the invite link."}{" "}
          {dashboard.leaderCompleted ? "The leader's survey is in." : "The leader has not taken the survey yet."}
        </p>
      </header>
      <Status dashboard={dashboard} />
      {leader && !dashboard.closed ? (
        <CopyField id="invite-link" label="Invite link" path={leader.invitePath} help="Send it to the members of your team." />
      ) : null}
      {leader ? (
        <section aria-labelledby="your-survey" className="space-y-2">
          <h2 id="your-survey" className="text-xl font-semibold">
            Your own answers
          </h2>
          <p className="text-muted">
            Your answers are compared with your team&apos;s, and your company profile is the one your members are compared with their
            peers by.
          </p>
          {leader.surveyForm}
        </section>
      ) : null}
      {dashboard.suppressed ? (
        <p role="status" className="rounded-md border border-line bg-surface p-4">
          Nothing from your team&apos;s answers is shown until {dashboard.minimumMembers} members have completed the survey:{" "}
          {dashboard.completed} so far. No member&apos;s own answers or scores are ever shown.
        </p>
      ) : (
        <>
          <section aria-labelledby="spread" className="space-y-3">
            <h2 id="spread" className="text-xl font-semibold">
              The spread of personal indices
            </h2>
            <PersonalDistributionChart bands={dashboard.personalDistribution ?? []} median={dashboard.indices?.personal?.median ?? null} />
          </section>
          <section aria-labelledby="medians" className="space-y-3">
            <h2 id="medians" className="text-xl font-semibold">
              Team medians against peers
            </h2>
            <TeamFiguresTable dashboard={dashboard} />
          </section>
          <TeamGaps dashboard={dashboard} />
        </>
      )}
      {leader ? (
        <section aria-labelledby="team-actions" className="space-y-3 border-t border-line pt-6">
          <h2 id="team-actions" className="text-xl font-semibold">
            The team
          </h2>
          <a href={leader.pdfHref} className="inline-flex min-h-11 items-center rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">
            Download the team PDF
          </a>
          {dashboard.closed ? null : leader.closeForm}
        </section>
      ) : null}
    </div>
  );
}
