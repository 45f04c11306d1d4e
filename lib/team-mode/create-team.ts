// Creating a team (issue 16): the Team row with its invite code and the hash of its dashboard token, and, when the
// leader gave an address, the two mails with the links, stored in the same statement and then dispatched through the
// outbox (docs/decisions/025-mail.md). The dashboard token is returned once and never stored.
import "server-only";
import { adoptLeaderResponse } from "@/lib/db/team-responses";
import { insertTeam } from "@/lib/db/teams";
import { isUniqueViolation } from "@/lib/db/errors";
import { hashToken } from "@/lib/db/tokens";
import { dispatchMail, prepareMail } from "@/lib/mail/outbox";
import { dashboardPath, invitePath, newDashboardToken, newInviteCode } from "./team-links";

export interface CreatedTeam {
  teamId: string;
  inviteCode: string;
  dashboardToken: string;
  /** Whether the links were put in the outbox for the leader's address. */
  mailed: boolean;
  /** Whether the report the team was created from became the leader's response. */
  leaderAdopted: boolean;
}

export interface CreateTeamInput {
  name: string;
  leaderEmail: string | null;
  /** The leader's own report link, when the team is created from their report: that response becomes the leader's. */
  leaderReportToken?: string;
  now: Date;
}

export async function createTeam(input: CreateTeamInput): Promise<CreatedTeam> {
  const dashboardToken = newDashboardToken();
  // 59 random bits: a clash is all but impossible, but a retry costs nothing.
  for (let attempt = 1; ; attempt++) {
    const inviteCode = newInviteCode();
    const mails = input.leaderEmail
      ? [
          prepareMail({ kind: "team-invite-link", to: input.leaderEmail, path: invitePath(inviteCode), teamName: input.name }, input.now),
          prepareMail({ kind: "team-dashboard-link", to: input.leaderEmail, path: dashboardPath(dashboardToken), teamName: input.name }, input.now),
        ]
      : [];
    try {
      const { id } = await insertTeam({
        name: input.name,
        leaderEmail: input.leaderEmail,
        inviteCode,
        dashboardTokenHash: hashToken(dashboardToken),
        mails,
        now: input.now,
      });
      const leaderAdopted = input.leaderReportToken ? await adoptLeaderResponse(id, input.leaderReportToken) : false;
      for (const mail of mails) await dispatchMail(mail);
      return { teamId: id, inviteCode, dashboardToken, mailed: mails.length > 0, leaderAdopted };
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}
