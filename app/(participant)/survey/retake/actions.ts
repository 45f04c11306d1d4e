"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { instrument } from "@/lib/instrument";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody } from "@/lib/http/error-body";
import { countClient } from "@/lib/http/rate-limits";
import { startRetake, type OtherSurvey, type RetakeVia } from "@/lib/responses/retake";
import { readResumeToken, writeResumeToken } from "@/lib/survey/resume-cookie";
import { stepHref } from "@/lib/survey/step-url";

export type RetakeActionState = ActionState<{ other: OtherSurvey }>;

const NOT_FOUND = {
  report: "This report link no longer opens a report, so it cannot start the survey again.",
  invite: "This invitation has been used or has expired. Your report's private link still has a “Take it again” button.",
} as const;

/**
 * "Take it again" (docs/decisions/027-retake.md): starts a survey filled in with the earlier answers of the report
 * whose private link, or retake invitation, the form carries, keeps it in this browser's cookie and opens its first
 * step. A survey in progress in this browser is set aside only when the form says so (`setAside=yes`, which the form
 * adds once it has shown that survey's link). Counted as a new survey against DRAFT_RATE_LIMIT_PER_HOUR. Arguments are
 * typed `unknown`: a server action is a public endpoint.
 */
export async function startRetakeAction(_previous: unknown, form: unknown): Promise<RetakeActionState> {
  const { report, invite, setAside } = formStrings(form, ["report", "invite", "setAside"]);
  const via: RetakeVia | null = report ? { report } : invite ? { invite } : null;
  if (!via) return errorBody("This form names no report to take again. Open your report's private link and try from there.");
  const limited = await countClient(await headers(), "draft");
  if (limited) return errorBody(limited.message);
  const outcome = await startRetake({ via, currentResumeToken: await readResumeToken(), setAside: setAside === "yes", now: new Date() });
  if (outcome.status === "not-found") return errorBody(NOT_FOUND["report" in via ? "report" : "invite"]);
  if (outcome.status === "other-survey") return { other: outcome.other };
  if (outcome.status === "started") await writeResumeToken(outcome.resumeToken);
  redirect(stepHref(0, instrument.sections.length) as never);
}
