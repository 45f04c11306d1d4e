// Taking the survey as part of a team (issue 16, docs/decisions/030-team-mode.md). The hooks the shared survey code
// calls are here, each a no-op outside a team:
//
//   startTeamSurvey(team, role): a new draft marked with the team, the team's profile already in a member's answers;
//   teamStepAnswers(resumeToken, section, answers): a saved step as it is stored — a member's profile is the team's, and
//     the leader's profile step sets the team's until a member has completed (then it is fixed: the members' stored
//     responses carry it, and the team must stay compared with one peer group);
//   teamSubmitAnswers(draft, answers): a member's submitted answers with the team's profile (and the leader's, once fixed);
//   teamSurveyView(resumeToken, sections): what the survey page shows a member (the profile as a choice of one).
import "server-only";
import type { Answers, Section } from "@/lib/instrument";
import { createTeamDraft, findTeamOfResumeToken, type TeamRole } from "@/lib/db/team-responses";
import { countTeamResponses, findTeamByInviteCode, setTeamProfile, type TeamRow } from "@/lib/db/teams";
import { FIXED_PROFILE_HELP, TEAM_PROFILE_SECTION_ID, lockTeamProfile, profileFromAnswers, withTeamProfile } from "@/lib/teams/team-profile";

/** Once a member has completed, the team's profile no longer moves. */
const profileFixed = async (teamId: string) => ((await countTeamResponses([teamId])).get(teamId)?.completed ?? 0) > 0;

export async function startTeamSurvey(team: TeamRow, role: TeamRole): Promise<string> {
  const { resumeToken } = await createTeamDraft(team.id, role, withTeamProfile({}, team));
  return resumeToken;
}

export async function teamStepAnswers(resumeToken: string, section: Section, answers: Answers): Promise<Answers> {
  if (section.id !== TEAM_PROFILE_SECTION_ID) return answers;
  const team = await findTeamOfResumeToken(resumeToken);
  if (!team) return answers;
  if (team.teamRole === "member") return withTeamProfile(answers, team.profile);
  if (await profileFixed(team.teamId)) return withTeamProfile(answers, team.profile);
  if (team.draft) await setTeamProfile(team.teamId, profileFromAnswers(answers));
  return answers;
}

export async function teamSubmitAnswers(draft: { teamId?: string | null; teamRole?: string | null }, resumeToken: string, answers: Answers): Promise<Answers> {
  if (!draft.teamId) return answers;
  const held = draft.teamRole === "member" || (draft.teamRole === "leader" && (await profileFixed(draft.teamId)));
  if (!held) return answers;
  const team = await findTeamOfResumeToken(resumeToken);
  return team ? withTeamProfile(answers, team.profile) : answers;
}

export interface TeamSurveyView {
  teamName: string;
  role: TeamRole;
  /** The leader's profile can no longer change: a member has completed. */
  profileFixed: boolean;
  sections: Section[];
  answers: Answers;
}

/**
 * A member sees the team's profile as the only answer to its questions, already chosen; so does the leader once a member
 * has completed; before that the leader sees the survey as is.
 */
export async function teamSurveyView(resumeToken: string | undefined, sections: Section[], answers: Answers): Promise<TeamSurveyView | null> {
  const team = await findTeamOfResumeToken(resumeToken);
  if (!team) return null;
  const member = team.teamRole === "member";
  const fixed = !member && (await profileFixed(team.teamId));
  return {
    teamName: team.name,
    role: team.teamRole,
    profileFixed: fixed,
    sections: member ? lockTeamProfile(sections, team.profile) : fixed ? lockTeamProfile(sections, team.profile, FIXED_PROFILE_HELP) : sections,
    answers: member || fixed ? withTeamProfile(answers, team.profile) : answers,
  };
}

export const TEAM_UNKNOWN = "No team has this invite code; check it against the invite link";
export const TEAM_CLOSED = "This team was closed by its leader and takes no more responses";

export type TeamForSubmission = { ok: true; team: TeamRow } | { ok: false; message: string };

/** The team an API submission names by its invite code: an unknown or closed one is refused with a field message. */
export async function teamForSubmission(inviteCode: string): Promise<TeamForSubmission> {
  const team = await findTeamByInviteCode(inviteCode);
  if (!team) return { ok: false, message: TEAM_UNKNOWN };
  if (team.closedAt) return { ok: false, message: TEAM_CLOSED };
  return { ok: true, team };
}
