"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { closeTeam, findTeamByDashboardToken } from "@/lib/db/teams";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody, fieldErrorsOf } from "@/lib/http/error-body";
import { countClient } from "@/lib/http/rate-limits";
import { writeResumeToken } from "@/lib/survey/resume-cookie";
import { dashboardPath } from "@/lib/team-mode/team-links";
import { startTeamSurvey } from "@/lib/team-mode/team-survey";
import { CloseTeamFormSchema } from "@/lib/teams/close-team-schema";

// The dashboard token travels in the posted form, as the page's address holds it; it is the leader's only credential.
// Arguments are typed `unknown`: a server action is a public endpoint. Neither action ever succeeds without redirecting.
export type DashboardActionState = ActionState<{ done: true }>;

const NOT_FOUND = "This team dashboard link is not valid.";

/** Starts the leader's own survey in this browser: a draft marked as the team's leader's, whose profile becomes the team's. */
export async function takeSurveyAsLeaderAction(_previous: unknown, form: unknown): Promise<DashboardActionState> {
  const team = await findTeamByDashboardToken(formStrings(form, ["token"]).token ?? "");
  if (!team) return errorBody(NOT_FOUND);
  const limited = await countClient(await headers(), "draft");
  if (limited) return errorBody(limited.message);
  await writeResumeToken(await startTeamSurvey(team, "leader"));
  redirect("/survey");
}

/** Closes the team for good: its invite link starts no survey and the API refuses its code. */
export async function closeTeamAction(_previous: unknown, form: unknown): Promise<DashboardActionState> {
  const fields = formStrings(form, ["token", "confirm"]);
  const parsed = CloseTeamFormSchema.safeParse({ confirm: fields.confirm });
  if (!parsed.success) return errorBody("Confirm that you want to close the team.", fieldErrorsOf(parsed.error.issues));
  const team = await findTeamByDashboardToken(fields.token ?? "");
  if (!team) return errorBody(NOT_FOUND);
  await closeTeam(team.id, new Date());
  redirect(dashboardPath(fields.token!) as never);
}
