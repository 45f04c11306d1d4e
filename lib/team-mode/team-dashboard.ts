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
import { GAP_QUESTIONS, GAP_SECTIONS } from "@/lib/teams/gap-items";
import { DISTRIBUTION_BIN_WIDTH } from "@/lib/teams/team-rules";

const GAP_QUESTION_IDS = GAP_QUESTIONS.map((question) => question.id);
const GAP_SECTION_IDS = GAP_SECTIONS.map((section) => section.id);

/** The leader's latest completed response, if any: a leader who took the survey again is read from the newest. */
function latestLeader(rows: readonly TeamResponseRow[]): TeamResponseRow | null {
  return rows.filter((row) => row.teamRole === "leader").sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0] ?? null;
}

const nothing = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;

/** K and the anonymity threshold; the deployment's (PEER_GROUP_MIN_SIZE, ANONYMITY_THRESHOLD) when not given. */
type PeerRules = { minPeers?: number; anonymityThreshold?: number };

/**
 * The medians of the peer group of the team's profile, as a member's report would choose it. They do not depend on the
 * team's own figures (no own figures are given: only a response's percentile would need them), so they are read beside
 * the team's rows rather than after them.
 */
async function peersOf(counts: PeerCounts, profile: TeamProfile, rules: PeerRules): Promise<NonNullable<TeamDashboard["peers"]>> {
  const snapshot = await comparePeers(
    counts,
    {
      scoringVersion: SCORING_VERSION,
      industry: profile.industry,
      companySize: profile.companySize,
      indices: nothing(PEER_METRICS),
      sectionScores: {},
      hardNumbers: nothing(HARD_NUMBERS),
    },
    { stored: false, ...rules },
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
  /** Given by the API examples, which are built at build time, without the deployment's environment. */
  peerRules?: PeerRules;
}

export async function dashboardOf({ team, figures, leaderCompleted, counts, peerRules = {} }: DashboardInput): Promise<TeamDashboard> {
  return dashboardBody(team, figures, leaderCompleted, figures.suppressed ? null : await peersOf(counts, team, peerRules));
}

function dashboardBody(team: DashboardInput["team"], figures: TeamFigures, leaderCompleted: boolean, peers: TeamDashboard["peers"]): TeamDashboard {
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
    // Nothing about the members while suppressed, not even which peer group their figures would be held against.
    peers: figures.suppressed ? null : peers,
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
  const [{ started, completed }, peers] = await Promise.all([
    readTeamResponses(team.id, GAP_QUESTION_IDS, GAP_SECTION_IDS),
    peersOf(committedPeerCounts(), team, {}),
  ]);
  const leader = latestLeader(completed);
  const figures = teamFigures({
    minimum: options.minimum ?? serverEnv().TEAM_MIN_MEMBERS,
    started,
    members: completed.filter((row) => row.teamRole === "member"),
    leader,
  });
  return dashboardBody(team, figures, leader !== null, peers);
}
