import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findTeamByInviteCode } from "@/lib/db/teams";
import { serverEnv } from "@/lib/env";
import { instrument } from "@/lib/instrument";
import { surveyProgress } from "@/lib/survey/progress";
import { JoinTeamForm } from "@/components/teams/join-team-form";

export const metadata: Metadata = { title: "Join your team's survey", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const minutes = surveyProgress(instrument.sections, 0).minutesLeft;

export default async function JoinTeamPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const team = await findTeamByInviteCode(code);
  if (!team) notFound();
  const minimum = serverEnv().TEAM_MIN_MEMBERS;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">The Dealmaker Index survey for “{team.name}”</h1>
      {team.closedAt ? (
        <p className="rounded-md border border-line bg-surface p-4">This team was closed by its leader: it takes no more answers.</p>
      ) : (
        <>
          <ul className="list-disc space-y-2 pl-5 text-muted">
            <li>
              Your team leader invited you to take the same survey as the rest of the team: about {minutes} minutes, saved as you go.
            </li>
            <li>
              Answer the company questions as you see them, and the personal questions about your own practice. The company profile
              (industry, size, region, sales model) is set by your leader for the whole team.
            </li>
            <li>You get your own private report. Your leader never sees it, nor any of your answers or scores.</li>
            <li>
              Your leader sees only the team&apos;s figures: medians and spreads, and where the team&apos;s view differs from theirs, once
              at least {minimum} members have completed the survey.
            </li>
            <li>Your answers also count, anonymously, in the study&apos;s benchmarks, like everyone&apos;s.</li>
          </ul>
          <JoinTeamForm code={code} />
        </>
      )}
    </div>
  );
}
