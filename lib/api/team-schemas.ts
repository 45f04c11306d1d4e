// The team API's shapes (issue 16): creating a team and reading its dashboard. Route handlers validate with them and the
// OpenAPI document is generated from them.
import "zod-openapi";
import { z } from "zod";
import { HARD_NUMBERS, PEER_METRICS } from "@/lib/scoring";
import { GAP_COMPARISONS } from "@/lib/teams/perception-gaps";
import { LeaderEmailSchema, TeamNameSchema } from "@/lib/teams/team-form-schema";

export const MAX_TEAM_REQUEST_BYTES = 4 * 1024;

export const CreateTeamRequestSchema = z
  .strictObject({
    name: TeamNameSchema.meta({ description: "Shown on the invite page and the dashboard.", example: "EMEA field sales" }),
    leaderEmail: LeaderEmailSchema.optional().meta({ description: "If given, both links are mailed to it (once; the dashboard link cannot be sent again)." }),
  })
  .meta({ id: "CreateTeamRequest" });
export type CreateTeamRequest = z.infer<typeof CreateTeamRequestSchema>;

export const CreateTeamResultSchema = z
  .strictObject({
    teamId: z.uuid(),
    inviteCode: z.string().meta({ description: "Members send it as `team` with POST /api/v1/responses, or open inviteUrl." }),
    inviteUrl: z.url().meta({ description: "The page members open to take the survey as members of the team." }),
    dashboardUrl: z.url().meta({ description: "Private: the team dashboard. Only its hash is stored, so it is given only in this answer (and the leader's mail)." }),
  })
  .meta({ id: "CreateTeamResult" });
export type CreateTeamResult = z.infer<typeof CreateTeamResultSchema>;

export const TeamInviteCodeSchema = z.string().min(1).max(40).meta({
  description: "A team's invite code (issue 16): the response joins that team as a member's, its profile answers replaced by the team's. An unknown or closed team is refused with 422.",
  example: "k7mq2xwp9hds",
});

export const DashboardTokenParamsSchema = z.strictObject({
  dashboardToken: z.string().meta({ param: { description: "The token at the end of dashboardUrl." } }),
});

const SpreadSchema = z
  .strictObject({
    median: z.number(),
    p25: z.number().nullable().meta({ description: "Null below twice minimumMembers: quartiles of a few scores give the scores back." }),
    p75: z.number().nullable(),
  })
  .nullable()
  .meta({ id: "TeamSpread", description: "Over the completed members that have the figure; null when fewer than minimumMembers have it." });

const byMetric = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>);

export const TeamGapSchema = z
  .strictObject({
    comparison: z.enum(GAP_COMPARISONS).meta({ description: "leader-members: the leader's answer against the members' median; managers-sellers: the managers' median against the sellers'." }),
    sectionId: z.string(),
    questionId: z.string().nullable().meta({ description: "Null for the section's score as a whole." }),
    leader: z.number().meta({ description: "The leader's answer (its place on the question's scale, 1 = the first option) or section score (0–100); for managers-sellers the managers' median." }),
    members: z.number().meta({ description: "The members' median (a half when it falls between two options); for managers-sellers the sellers' median." }),
    difference: z.number().meta({ description: "leader − members." }),
    sentence: z.string(),
  })
  .meta({ id: "TeamGap" });

export const TeamDashboardSchema = z
  .strictObject({
    name: z.string(),
    closed: z.boolean(),
    started: z.int().min(0).meta({ description: "Member surveys begun, finished or not." }),
    completed: z.int().min(0),
    minimumMembers: z.int().min(1).meta({ description: "TEAM_MIN_MEMBERS: completed members needed before anything drawn from their answers is shown." }),
    suppressed: z.boolean().meta({ description: "True below minimumMembers: every member-derived figure is then null and gaps is empty." }),
    leaderCompleted: z.boolean().meta({ description: "Whether the leader's own survey is in (the leader-members gaps need it)." }),
    indices: byMetric(PEER_METRICS, SpreadSchema).nullable().meta({ description: "Whole percents." }),
    hardNumbers: byMetric(HARD_NUMBERS, SpreadSchema)
      .nullable()
      .meta({ description: "Rates as fractions, the average won deal in US dollars, the cycle in days, quota figures in percent." }),
    peers: z
      .strictObject({
        group: z.string().meta({ description: "The peer group of the team's profile (the leader's industry and size)." }),
        indices: byMetric(PEER_METRICS, z.number().nullable()),
        hardNumbers: byMetric(HARD_NUMBERS, z.number().nullable()),
      })
      .nullable()
      .meta({ description: "The peers' medians, in the same units; null while suppressed." }),
    personalDistribution: z
      .array(z.strictObject({ from: z.int(), to: z.int(), count: z.int().min(0) }))
      .nullable()
      .meta({ description: "Members per 10-point band of personal index; never exact scores." }),
    managersVersusSellers: z.boolean().meta({ description: "Whether managers and sellers (by the role question) each reached minimumMembers and are compared." }),
    gaps: z.array(TeamGapSchema).meta({ description: "Largest first, by share of the scale; the first five are the dashboard's headline." }),
  })
  .meta({ id: "TeamDashboard" });
export type TeamDashboard = z.infer<typeof TeamDashboardSchema>;
