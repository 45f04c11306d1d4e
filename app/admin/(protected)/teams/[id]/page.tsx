import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/require-admin";
import { findTeamById } from "@/lib/db/teams";
import { teamDashboard } from "@/lib/team-mode/team-dashboard";
import { TeamDashboardView } from "@/components/teams/team-dashboard-view";

export const metadata: Metadata = { title: "Team" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A team's dashboard for support, read by team id behind the admin sign-in: the leader's link is stored only as a hash
 * (docs/decisions/030-team-mode.md). The same figures and the same suppression as the leader's page, none of its actions.
 */
export default async function AdminTeamPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const team = UUID.test(id) ? await findTeamById(id) : null;
  if (!team) notFound();
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md border border-line bg-surface p-3 text-sm">
        The team&apos;s dashboard as its leader sees it, shown to admins only for support. Created{" "}
        {team.createdAt.toISOString().slice(0, 10)}; invite code {team.inviteCode}.
      </p>
      <TeamDashboardView dashboard={await teamDashboard(team)} title={`Team: ${team.name}`} />
    </div>
  );
}
