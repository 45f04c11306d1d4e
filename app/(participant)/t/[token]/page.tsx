import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTeamByDashboardToken } from "@/lib/db/teams";
import { invitePath } from "@/lib/team-mode/team-links";
import { teamDashboard } from "@/lib/team-mode/team-dashboard";
import { CloseTeamForm } from "@/components/teams/close-team-form";
import { LeaderSurveyForm } from "@/components/teams/leader-survey-form";
import { TeamDashboardView } from "@/components/teams/team-dashboard-view";

export const metadata: Metadata = { title: "Team dashboard", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function TeamDashboardPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const team = await findTeamByDashboardToken(token);
  if (!team) notFound();
  const dashboard = await teamDashboard(team);
  return (
    <TeamDashboardView
      dashboard={dashboard}
      leader={{
        invitePath: invitePath(team.inviteCode),
        surveyForm: dashboard.closed ? null : <LeaderSurveyForm token={token} again={dashboard.leaderCompleted} />,
        closeForm: <CloseTeamForm token={token} />,
        pdfHref: `/t/${token}/pdf`,
      }}
    />
  );
}
