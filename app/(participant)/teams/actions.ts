"use server";

import { headers } from "next/headers";
import { formStrings, type ActionState } from "@/lib/forms/action-state";
import { errorBody, fieldErrorsOf } from "@/lib/http/error-body";
import { countClient } from "@/lib/http/rate-limits";
import { createTeam } from "@/lib/team-mode/create-team";
import { dashboardPath, invitePath } from "@/lib/team-mode/team-links";
import { CreateTeamFormSchema } from "@/lib/teams/team-form-schema";

export type CreateTeamState = ActionState<{ name: string; invitePath: string; dashboardPath: string; mailedTo: string | null; leaderAdopted: boolean }>;

/**
 * Creates a team from the landing page's form, or from a participant's report (the form then carries that report's
 * token, and the participant's response becomes the leader's). Limited per client with POST /api/v1/teams. Arguments
 * are typed `unknown`: a server action is a public endpoint.
 */
export async function createTeamAction(_previous: unknown, form: unknown): Promise<CreateTeamState> {
  const fields = formStrings(form, ["name", "leaderEmail", "reportToken"]);
  const parsed = CreateTeamFormSchema.safeParse({ name: fields.name ?? "", leaderEmail: fields.leaderEmail ?? "" });
  if (!parsed.success) return errorBody("Check the highlighted fields.", fieldErrorsOf(parsed.error.issues));
  const limited = await countClient(await headers(), "team");
  if (limited) return errorBody(limited.message);
  const leaderEmail = parsed.data.leaderEmail ?? null;
  const created = await createTeam({ name: parsed.data.name, leaderEmail, leaderReportToken: fields.reportToken || undefined, now: new Date() });
  return {
    name: parsed.data.name,
    invitePath: invitePath(created.inviteCode),
    dashboardPath: dashboardPath(created.dashboardToken),
    mailedTo: created.mailed ? leaderEmail : null,
    leaderAdopted: created.leaderAdopted,
  };
}
