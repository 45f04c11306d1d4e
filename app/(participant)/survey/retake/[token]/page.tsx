import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findRetakeSourceByInvite } from "@/lib/db/retakes";
import { formatReportDate } from "@/lib/report/format";
import { retakeInBrowser } from "@/lib/responses/retake";
import { readResumeToken } from "@/lib/survey/resume-cookie";
import { TakeAgainForm } from "@/components/survey/take-again-form";

export const metadata: Metadata = { title: "Take the survey again", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * A retake invitation's link opens this page, which changes nothing (docs/decisions/027-retake.md, as decision 016
 * for resume links): it says what the link starts and asks; continuing is a POST that uses the link up.
 */
export default async function RetakeInvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findRetakeSourceByInvite(token, new Date());
  if (!invite) notFound();
  const browser = await retakeInBrowser(invite.responseId, await readResumeToken());
  // This browser is already taking it again from the same report: nothing to start.
  if (browser.inProgress) redirect("/survey");
  return (
    <div className="mx-auto max-w-prose space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Take the Dealmaker Index again?</h1>
      <p>
        This link starts the survey again, filled in with the answers behind your report of {formatReportDate(invite.completedAt)}.
        Go through the steps and change what is different. Submitting gives you a new report with a private link of its own,
        which links back to the earlier one; the earlier report stays as it is.
      </p>
      <p className="rounded-md border border-line bg-surface p-3">
        The link works once, until {formatReportDate(invite.expiresAt)}: continuing here uses it up. Continue only with a
        link that was mailed to you: whoever holds it can see the earlier answers.
      </p>
      <TakeAgainForm via={{ name: "invite", token }} other={browser.other} label="Take the survey again" />
    </div>
  );
}
