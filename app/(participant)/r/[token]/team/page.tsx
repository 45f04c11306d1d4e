import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport } from "@/lib/db/reports";
import { serverEnv } from "@/lib/env";
import { CreateTeamForm } from "@/components/teams/create-team-form";

export const metadata: Metadata = { title: "Invite your team", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function InviteTeamFromReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await findReport(token))) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Invite your team</h1>
      <div className="max-w-2xl space-y-3 text-muted">
        <p>
          Your answers become the leader&apos;s answers of a new team, and your company profile the team&apos;s. Your team takes
          the same survey through an invite link; each member gets a private report that you never see.
        </p>
        <p>
          The team dashboard compares your view with your team&apos;s once {serverEnv().TEAM_MIN_MEMBERS} members have completed
          the survey. <a href={`/r/${token}`} className="font-medium text-brand-strong underline">Back to your report</a>
        </p>
      </div>
      <CreateTeamForm reportToken={token} />
    </div>
  );
}
