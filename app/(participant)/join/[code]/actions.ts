"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { findTeamByInviteCode } from "@/lib/db/teams";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody } from "@/lib/http/error-body";
import { countClient } from "@/lib/http/rate-limits";
import { startTeamSurvey } from "@/lib/team-mode/team-survey";
import { writeResumeToken } from "@/lib/survey/resume-cookie";

/** Never a success: a started survey redirects to it. */
export type JoinState = ActionState<{ started: true }>;

/**
 * Starts a member's survey in the team of the posted invite code: a new draft marked with the team (its profile
 * prefilled), opened in this browser by its resume cookie. A POST, so a link preview or a crawler following the invite
 * link starts nothing. Counted like any new survey (DRAFT_RATE_LIMIT_PER_HOUR).
 */
export async function joinTeamAction(_previous: unknown, form: unknown): Promise<JoinState> {
  const team = await findTeamByInviteCode(formStrings(form, ["code"]).code ?? "");
  if (!team) return errorBody("This invite link is not valid: ask your team leader for it again.");
  if (team.closedAt) return errorBody("This team was closed by its leader: it takes no more answers.");
  const limited = await countClient(await headers(), "draft");
  if (limited) return errorBody(limited.message);
  await writeResumeToken(await startTeamSurvey(team, "member"));
  redirect("/survey");
}
