// A team's responses (issue 16): starting a draft marked with the team, and the one read the team dashboard makes.
import "server-only";
import { INSTRUMENT_VERSION, type Answers } from "@/lib/instrument";
import type { HardNumber, PeerMetric } from "@/lib/scoring";
import { db, sqlPool } from "./client";
import { HARD_NUMBER_COLUMN, INDEX_COLUMN, SectionScoresColumnSchema } from "./score-columns";
import type { TeamProfile } from "./teams";
import { hashToken, isWellFormedToken, newToken } from "./tokens";

export type TeamRole = "leader" | "member";

/** A draft of this team's, its answers prefilled (the team's profile), opened with the returned resume token. */
export async function createTeamDraft(teamId: string, teamRole: TeamRole, answers: Answers): Promise<{ id: string; resumeToken: string }> {
  const resumeToken = newToken();
  const { id } = await db().response.create({
    data: { instrumentVersion: INSTRUMENT_VERSION, resumeTokenHash: hashToken(resumeToken), teamId, teamRole, answers, currentStep: 0 },
    select: { id: true },
  });
  return { id, resumeToken };
}

export interface DraftTeam {
  teamId: string;
  name: string;
  teamRole: TeamRole;
  /** False once the response is submitted. */
  draft: boolean;
  profile: TeamProfile;
}

/** The team of the draft (or completed response) a resume token opens; null outside a team. */
export async function findTeamOfResumeToken(resumeToken: string | undefined): Promise<DraftTeam | null> {
  if (!resumeToken || !isWellFormedToken(resumeToken)) return null;
  const row = await db().response.findUnique({
    where: { resumeTokenHash: hashToken(resumeToken) },
    select: { status: true, teamRole: true, team: { select: { id: true, name: true, industry: true, companySize: true, region: true, salesModel: true } } },
  });
  if (!row?.team || (row.teamRole !== "leader" && row.teamRole !== "member")) return null;
  const { id, name, ...profile } = row.team;
  return { teamId: id, name, teamRole: row.teamRole, draft: row.status === "DRAFT", profile };
}

export interface TeamResponseRow {
  teamRole: TeamRole;
  role: string | null;
  completedAt: Date;
  indices: Record<PeerMetric, number | null>;
  hardNumbers: Record<HardNumber, number | null>;
  sectionScores: Record<string, number | null>;
  /** Only the answers asked for (the perception-gap questions). */
  answers: Record<string, unknown>;
}

export interface TeamResponses {
  /** Member responses begun: drafts and completed. */
  started: number;
  /** Completed, scored responses of members and of the leader. */
  completed: TeamResponseRow[];
}

const scoreColumns = [...Object.values(INDEX_COLUMN), ...Object.values(HARD_NUMBER_COLUMN)];

/**
 * Everything the dashboard needs in one indexed read (Response_teamId_status_idx): the drafts are only counted, and of
 * each completed response only the scores and the answers to `questionIds` leave the database.
 */
export async function readTeamResponses(teamId: string, questionIds: readonly string[]): Promise<TeamResponses> {
  const { rows } = await sqlPool().query<Record<string, unknown>>(
    `SELECT r."teamRole", r.status, r.role, r."completedAt", ${scoreColumns.map((column) => `s."${column}"`).join(", ")}, s."sectionScores",
            CASE WHEN r.status = 'COMPLETED' THEN (SELECT jsonb_object_agg(key, value) FROM jsonb_each(r.answers) WHERE key = ANY($2::text[])) END AS answers
       FROM "Response" r LEFT JOIN "Score" s ON s."responseId" = r.id
      WHERE r."teamId" = $1::uuid`,
    [teamId, questionIds],
  );
  let started = 0;
  const completed: TeamResponseRow[] = [];
  for (const row of rows) {
    if (row.teamRole === "member") started += 1;
    // A completed response without a score (none in practice: both are written in one statement) has nothing to show.
    if (row.status !== "COMPLETED" || row.sectionScores === null) continue;
    const pick = <K extends string>(map: Record<K, string>) =>
      Object.fromEntries(Object.entries(map).map(([key, column]) => [key, (row[column as string] as number | null) ?? null])) as Record<K, number | null>;
    completed.push({
      teamRole: row.teamRole as TeamRole,
      role: (row.role as string | null) ?? null,
      completedAt: row.completedAt as Date,
      indices: pick(INDEX_COLUMN),
      hardNumbers: pick(HARD_NUMBER_COLUMN),
      sectionScores: SectionScoresColumnSchema.parse(row.sectionScores),
      answers: (row.answers as Record<string, unknown> | null) ?? {},
    });
  }
  return { started, completed };
}

/**
 * Makes the completed response behind a report link the team's leader response, and its profile the team's, in one
 * statement: the leader who creates a team from their own report need not take the survey again. False when the link
 * opens no completed response, or one already in a team.
 */
export async function adoptLeaderResponse(teamId: string, reportToken: string): Promise<boolean> {
  if (!isWellFormedToken(reportToken)) return false;
  const { rowCount } = await sqlPool().query(
    `WITH adopted AS (
       UPDATE "Response" r SET "teamId" = $1::uuid, "teamRole" = 'leader'
         FROM "Report" p
        WHERE p."responseId" = r.id AND p."tokenHash" = $2 AND r.status = 'COMPLETED' AND r."teamId" IS NULL
        RETURNING r.industry, r."companySize", r.region, r."salesModel")
     UPDATE "Team" t SET industry = a.industry, "companySize" = a."companySize", region = a.region, "salesModel" = a."salesModel"
       FROM adopted a WHERE t.id = $1::uuid`,
    [teamId, hashToken(reportToken)],
  );
  return rowCount === 1;
}
