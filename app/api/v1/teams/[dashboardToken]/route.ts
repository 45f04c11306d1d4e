// A team's dashboard by its private token (issue 16): the members' figures, suppressed below TEAM_MIN_MEMBERS.
import { NextResponse } from "next/server";
import { withApiErrors } from "@/lib/api/errors";
import { teamNotFound } from "@/lib/api/team-refusals";
import { findTeamByDashboardToken } from "@/lib/db/teams";
import { teamDashboard } from "@/lib/team-mode/team-dashboard";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ dashboardToken: string }> }) => {
  const { dashboardToken } = await context.params;
  const team = await findTeamByDashboardToken(dashboardToken);
  if (!team) return teamNotFound();
  return NextResponse.json(await teamDashboard(team), { headers: { "cache-control": "private, no-store" } });
});
