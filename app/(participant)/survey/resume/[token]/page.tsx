import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findDraft } from "@/lib/db/drafts";
import { instrument } from "@/lib/instrument";
import { resumePath } from "@/lib/survey/api";
import { surveyProgress } from "@/lib/survey/progress";
import { readResumeToken } from "@/lib/survey/resume-cookie";
import { ContinueDraftForm } from "@/components/survey/continue-draft-form";
import { ResumeLink } from "@/components/survey/resume-link";
import { SurveySubmitted } from "@/components/survey/survey-submitted";

export const metadata: Metadata = { title: "Continue your survey", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A resume link opens this page, which changes nothing (docs/decisions/016-resume-links.md): it says what the link
 * holds and asks before this browser takes the draft over, and warns when this browser has another survey going.
 */
export default async function ResumePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const draft = await findDraft(token);
  if (!draft) notFound();
  if (draft.status === "COMPLETED") {
    return <SurveySubmitted heading="This survey was submitted" lead="Its answers can no longer be changed, and this link no longer opens anything." />;
  }
  const current = await readResumeToken();
  if (current === token) redirect("/survey");
  const other = current ? await findDraft(current) : null;
  const otherInProgress = other?.status === "DRAFT" && Object.keys(other.answers).length > 0 ? other : null;
  const progress = surveyProgress(instrument.sections, draft.currentStep);
  return (
    <div className="mx-auto max-w-prose space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Continue a saved survey?</h1>
      <p>
        This link holds a Dealmaker Index survey started on {day(draft.startedAt)} and last saved on {day(draft.updatedAt)}:{" "}
        {progress.step} of {progress.steps} steps done, about {progress.minutesLeft} minutes left.
      </p>
      <p className="rounded-md border border-line bg-surface p-3">
        Continue only with a link you saved yourself: anyone who has it can see the answers in it. Continuing here makes this
        link stop working; the survey page then gives you a new one to keep.
      </p>
      {otherInProgress ? (
        <div role="note" className="space-y-2 rounded-md border border-change bg-surface p-3">
          <p className="font-medium">
            This browser already has another survey in progress ({surveyProgress(instrument.sections, otherInProgress.currentStep).step} of{" "}
            {progress.steps} steps done). Continuing sets it aside; nothing in it is lost. To return to it later, keep its link:
          </p>
          <ResumeLink path={resumePath(current!)} />
        </div>
      ) : null}
      <ContinueDraftForm token={token} label="Continue this survey here" />
    </div>
  );
}
