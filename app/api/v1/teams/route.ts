// Creates a team (issue 16): 201 with the invite code and the two private links. Limited per client like every public
// write; bad input is a 400 (not the expected object) or 422 (a name or address to fix), and stores nothing.
import { NextResponse } from "next/server";
import { readApiJson, validationError, withApiErrors } from "@/lib/api/errors";
import { TEAM_BODY_UNUSABLE } from "@/lib/api/team-refusals";
import { CreateTeamRequestSchema, MAX_TEAM_REQUEST_BYTES, type CreateTeamResult } from "@/lib/api/team-schemas";
import { limitJsonRequest } from "@/lib/http/rate-limits";
import { createTeam } from "@/lib/team-mode/create-team";
import { dashboardPath, invitePath } from "@/lib/team-mode/team-links";

export const dynamic = "force-dynamic";

export const POST = withApiErrors(async (request: Request) => {
  const limited = await limitJsonRequest(request, "team");
  if (limited) return limited;
  const read = await readApiJson(request, MAX_TEAM_REQUEST_BYTES);
  if (!read.ok) return read.response;
  const parsed = CreateTeamRequestSchema.safeParse(read.body);
  if (!parsed.success) {
    // Not an object, or a field we do not know: the request's shape. A name or an address to fix: its content.
    const shape = parsed.error.issues.some((issue) => issue.path.length === 0);
    return validationError(shape ? 400 : 422, shape ? TEAM_BODY_UNUSABLE : "Check the team's name and the address.", parsed.error.issues);
  }
  const created = await createTeam({ name: parsed.data.name, leaderEmail: parsed.data.leaderEmail ?? null, now: new Date() });
  const body: CreateTeamResult = {
    teamId: created.teamId,
    inviteCode: created.inviteCode,
    inviteUrl: new URL(invitePath(created.inviteCode), request.url).toString(),
    dashboardUrl: new URL(dashboardPath(created.dashboardToken), request.url).toString(),
  };
  return NextResponse.json(body, { status: 201, headers: { "cache-control": "no-store", location: `/api/v1/teams/${created.dashboardToken}` } });
});
