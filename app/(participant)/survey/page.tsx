import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { findDraft } from "@/lib/db/drafts";
import { reissueReportLink } from "@/lib/responses/report-token";
import { serverEnv } from "@/lib/env";
import { CONTACT_FIELD_IDS, instrument } from "@/lib/instrument";
import { reportPath, resumePath } from "@/lib/survey/api";
import { readResumeToken } from "@/lib/survey/resume-cookie";
import { stepFromParam, stepHref } from "@/lib/survey/step-url";
import { SurveyForm } from "@/components/survey/survey-form";
import { SurveySubmitted } from "@/components/survey/survey-submitted";
import { TeamSurveyNote } from "@/components/teams/team-survey-note";
import { teamSurveyView } from "@/lib/team-mode/team-survey";

export const metadata: Metadata = { title: "Survey" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SurveyPage({ searchParams }: { searchParams: SearchParams }) {
  const token = await readResumeToken();
  const draft = await findDraft(token);
  if (token && draft?.status === "COMPLETED") {
    // The report token is derived again from this browser's resume token; a survey submitted before report links
    // were hashed has a link that cannot be (docs/decisions/020-report-tokens-hashed.md).
    const reportToken = reissueReportLink(draft.report, token);
    if (reportToken) redirect(reportPath(reportToken) as never);
    return <SurveySubmitted heading="Your survey was submitted" lead="Its answers can no longer be changed." />;
  }
  // The furthest step this participant may open: the first not saved yet, or the review once every step is. An
  // address beyond it (or naming no step) goes to it; no address shows it and the form writes it in.
  const steps = instrument.sections.length;
  const furthest = Math.min(draft?.currentStep ?? 0, steps);
  const { step: param } = await searchParams;
  const asked = stepFromParam(param, steps);
  if (param !== undefined && (asked === null || asked > furthest)) redirect(stepHref(furthest, steps) as never);
  const team = await teamSurveyView(token, instrument.sections, draft?.answers ?? {});
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">The Dealmaker Index survey</h1>
      {draft?.previousResponseId ? (
        // A retake (docs/decisions/027-retake.md): the earlier answers are filled in, the consent box is not.
        <p role="note" className="rounded-md border border-line bg-surface p-3">
          You are taking the survey again: your earlier answers are filled in. Go through each step and change what is
          different.
          {CONTACT_FIELD_IDS.some((id) => id in draft.answers)
            ? " Your contact details are filled in too; tick the consent box again if we may keep them, or clear them."
            : null}
        </p>
      ) : null}
      {team ? <TeamSurveyNote teamName={team.teamName} role={team.role} profileFixed={team.profileFixed} /> : null}
      <SurveyForm
        sections={team?.sections ?? instrument.sections}
        initialAnswers={team?.answers ?? draft?.answers ?? {}}
        initialStep={asked ?? furthest}
        furthestStep={furthest}
        resumePath={draft && token ? resumePath(token) : null}
      />
      <p className="text-sm text-muted">
        Your answers are saved as you go. An unfinished survey is deleted {serverEnv().DRAFT_RETENTION_DAYS} days after its
        last save; contact details are kept after you submit only if you agree to it.
      </p>
    </div>
  );
}
