// Teams (issue 16, docs/decisions/030-team-mode.md): the Team row and its two ways in. The invite code is stored as
// is (the invite page looks it up); the dashboard token only as its SHA-256, like report links (decision 020).
import "server-only";
import { db, sqlPool } from "./client";
import type { NewOutboxMail } from "./outbox-mails";
import { hashToken, isWellFormedToken } from "./tokens";

/** Part A's industry, size, region and sales model, as the leader answered them. */
export interface TeamProfile {
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

export interface TeamRow extends TeamProfile {
  id: string;
  name: string;
  inviteCode: string;
  closedAt: Date | null;
  createdAt: Date;
}

const TEAM_COLUMNS = {
  id: true,
  name: true,
  inviteCode: true,
  closedAt: true,
  createdAt: true,
  industry: true,
  companySize: true,
  region: true,
  salesModel: true,
} as const;

export interface NewTeam {
  name: string;
  leaderEmail: string | null;
  inviteCode: string;
  dashboardTokenHash: string;
  /** The leader's mails with the two links, stored with the team (one statement): a team created is its mails stored. */
  mails: NewOutboxMail[];
  now: Date;
}

export async function insertTeam(team: NewTeam): Promise<{ id: string }> {
  return db().team.create({
    data: {
      name: team.name,
      leaderEmail: team.leaderEmail,
      inviteCode: team.inviteCode,
      dashboardTokenHash: team.dashboardTokenHash,
      createdAt: team.now,
      mails: {
        create: team.mails.map((mail) => ({
          id: mail.id,
          kind: mail.kind,
          toAddress: mail.toAddress,
          subject: mail.subject,
          textBody: mail.textBody,
          htmlBody: mail.htmlBody,
          status: mail.status,
          createdAt: mail.createdAt,
          updatedAt: mail.createdAt,
        })),
      },
    },
    select: { id: true },
  });
}

/** Invite codes we issue: 12 characters of lib/team-mode/team-links.ts's alphabet; anything else is never looked up. */
export const isWellFormedInviteCode = (code: string) => /^[a-z2-9]{12}$/.test(code);

export async function findTeamByInviteCode(code: string): Promise<TeamRow | null> {
  if (!isWellFormedInviteCode(code)) return null;
  return db().team.findUnique({ where: { inviteCode: code }, select: TEAM_COLUMNS });
}

export async function findTeamByDashboardToken(token: string): Promise<TeamRow | null> {
  if (!isWellFormedToken(token)) return null;
  return db().team.findUnique({ where: { dashboardTokenHash: hashToken(token) }, select: TEAM_COLUMNS });
}

export async function findTeamById(id: string): Promise<TeamRow | null> {
  return db().team.findUnique({ where: { id }, select: TEAM_COLUMNS });
}

/** Closes an open team; false when it was already closed (or is gone). */
export async function closeTeam(id: string, now: Date): Promise<boolean> {
  const { count } = await db().team.updateMany({ where: { id, closedAt: null }, data: { closedAt: now } });
  return count === 1;
}

export async function setTeamProfile(id: string, profile: TeamProfile): Promise<void> {
  await db().team.updateMany({ where: { id }, data: profile });
}

export interface TeamListItem {
  id: string;
  name: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Member responses begun (drafts and completed), and completed. */
  members: number;
  completed: number;
  leaderCompleted: boolean;
}

/** The newest teams first, with their members counted (the admin's Teams page). */
export async function listTeams(options: { skip: number; take: number }): Promise<{ items: TeamListItem[]; total: number }> {
  const [teams, total] = await Promise.all([
    db().team.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: options.skip, take: options.take, select: { id: true, name: true, createdAt: true, closedAt: true } }),
    db().team.count(),
  ]);
  const counts = await countTeamResponses(teams.map((team) => team.id));
  return { items: teams.map((team) => ({ ...team, ...(counts.get(team.id) ?? { members: 0, completed: 0, leaderCompleted: false }) })), total };
}

/** Per team: member responses begun and completed, and whether its leader has completed one. */
export async function countTeamResponses(teamIds: readonly string[]): Promise<Map<string, Omit<TeamListItem, "id" | "name" | "createdAt" | "closedAt">>> {
  if (teamIds.length === 0) return new Map();
  const groups = await db().response.groupBy({
    by: ["teamId", "teamRole", "status"],
    where: { teamId: { in: [...teamIds] } },
    _count: { _all: true },
  });
  const counts = new Map(teamIds.map((id) => [id, { members: 0, completed: 0, leaderCompleted: false }]));
  for (const group of groups) {
    const entry = counts.get(group.teamId!)!;
    if (group.teamRole === "member") {
      entry.members += group._count._all;
      if (group.status === "COMPLETED") entry.completed += group._count._all;
    } else if (group.teamRole === "leader" && group.status === "COMPLETED") entry.leaderCompleted = true;
  }
  return counts;
}

/** For each of these responses given in a team: how many of that team's members have completed the survey. */
export async function teamSizesOfResponses(responseIds: readonly string[]): Promise<Record<string, number>> {
  if (responseIds.length === 0) return {};
  const { rows } = await sqlPool().query<{ id: string; size: number }>(
    `SELECT r.id::text AS id,
            (SELECT count(*)::int FROM "Response" m WHERE m."teamId" = r."teamId" AND m.status = 'COMPLETED' AND m."teamRole" = 'member') AS size
       FROM "Response" r WHERE r.id = ANY($1::uuid[]) AND r."teamId" IS NOT NULL`,
    [responseIds],
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.size]));
}
