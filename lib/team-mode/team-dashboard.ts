// The team dashboard (issue 16): the team's responses read in one query, their figures decided by lib/teams (nothing
// member-derived below TEAM_MIN_MEMBERS), and the peers of the team's profile from the same aggregate the reports use
// (lib/responses/peer-comparison.ts). The API answers it as is; the dashboard page and the team PDF render it.
//
//   teamDashboard(team): Promise<TeamDashboard>
//   dashboardOf(input): Promise<TeamDashboard> — the same from figures and any source of peer counts (the API examples)
import "server-only";
import { HARD_NUMBERS, PEER_METRICS, SCORING_VERSION, type HardNumber, type PeerMetric } from "@/lib/scoring";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { committedPeerCounts, type PeerCounts } from "@/lib/db/peer-counts";
import { readTeamResponses, type TeamResponseRow } from "@/lib/db/team-responses";
import type { TeamProfile, TeamRow } from "@/lib/db/teams";
import { serverEnv } from "@/lib/env";
import { comparePeers } from "@/lib/responses/peer-comparison";
import { teamFigures, type TeamFigures } from "@/lib/teams/team-figures";
import { DISTRIBUTION_BIN_WIDTH, gapQuestions } from "@/lib/teams/team-rules";

const GAP_QUESTION_IDS = gapQuestions().map((question) => question.id);

/** The leader's latest completed response, if any: a leader who took the survey again is read from the newest. */
function latestLeader(rows: readonly TeamResponseRow[]): TeamResponseRow | null {
  return rows.filter((row) => row.teamRole === "leader").sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0] ?? null;
}

const mediansOf = <K extends string>(keys: readonly K[], spreads: Record<K, { median: number } | null> | null) =>
  Object.fromEntries(keys.map((key) => [key, spreads?.[key]?.median ?? null])) as Record<K, number | null>;

async function peersOf(counts: PeerCounts, profile: TeamProfile, figures: TeamFigures): Promise<TeamDashboard["peers"]> {
  if (figures.suppressed) return null;
  // The team's medians stand in for a response's own figures; the peers are the team profile's group, as a member's.
  const snapshot = await comparePeers(
    counts,
    {
      scoringVersion: SCORING_VERSION,
      industry: profile.industry,
      companySize: profile.companySize,
      indices: mediansOf(PEER_METRICS, figures.indices),
      sectionScores: {},
      hardNumbers: mediansOf(HARD_NUMBERS, figures.hardNumbers),
    },
    { stored: false },
  );
  return {
    group: snapshot.group.label,
    indices: Object.fromEntries(PEER_METRICS.map((metric) => [metric, snapshot.medians[metric]])) as Record<PeerMetric, number | null>,
    hardNumbers: Object.fromEntries(HARD_NUMBERS.map((metric) => [metric, snapshot.hardNumbers?.[metric]?.median ?? null])) as Record<HardNumber, number | null>,
  };
}

export interface DashboardInput {
  team: Pick<TeamRow, "name" | "closedAt"> & TeamProfile;
  figures: TeamFigures;
  leaderCompleted: boolean;
  counts: PeerCounts;
}

export async function dashboardOf({ team, figures, leaderCompleted, counts }: DashboardInput): Promise<TeamDashboard> {
  const bands = figures.personalDistribution;
  return {
    name: team.name,
    closed: team.closedAt !== null,
    started: figures.started,
    completed: figures.completed,
    minimumMembers: figures.minimum,
    suppressed: figures.suppressed,
    leaderCompleted,
    indices: figures.indices,
    hardNumbers: figures.hardNumbers,
    peers: await peersOf(counts, team, figures),
    personalDistribution:
      bands?.map((count, band) => ({
        from: band * DISTRIBUTION_BIN_WIDTH,
        to: band === bands.length - 1 ? 100 : (band + 1) * DISTRIBUTION_BIN_WIDTH - 1,
        count,
      })) ?? null,
    managersVersusSellers: figures.managersVersusSellers,
    gaps: figures.gaps.map(({ comparison, sectionId, questionId, leader, members, difference, sentence }) => ({
      comparison,
      sectionId,
      questionId,
      leader,
      members,
      difference,
      sentence,
    })),
  };
}

export async function teamDashboard(team: TeamRow, options: { minimum?: number } = {}): Promise<TeamDashboard> {
  const { started, completed } = await readTeamResponses(team.id, GAP_QUESTION_IDS);
  const leader = latestLeader(completed);
  const figures = teamFigures({
    minimum: options.minimum ?? serverEnv().TEAM_MIN_MEMBERS,
    started,
    members: completed.filter((row) => row.teamRole === "member"),
    leader,
  });
  return dashboardOf({ team, figures, leaderCompleted: leader !== null, counts: committedPeerCounts() });
}
