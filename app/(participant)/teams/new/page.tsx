import type { Metadata } from "next";
import { serverEnv } from "@/lib/env";
import { CreateTeamForm } from "@/components/teams/create-team-form";

export const metadata: Metadata = { title: "Create a team", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default function NewTeamPage() {
  const minimum = serverEnv().TEAM_MIN_MEMBERS;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Take the survey as a team</h1>
      <div className="max-w-2xl space-y-3 text-muted">
        <p>
          Invite the sellers and managers of your team to take the same survey. Each of them answers about the company as they
          see it and about their own practice, and gets a private report that you never see.
        </p>
        <p>
          You get a team dashboard: how many have answered, the spread of their results against companies like yours, and
          where you and your team see the business differently. It shows nothing drawn from their answers until {minimum} members
          have completed the survey, and never one member&apos;s answers.
        </p>
      </div>
      <CreateTeamForm />
    </div>
  );
}
