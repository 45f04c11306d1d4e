// The team dashboard's figures from its members' stored scores (issue 16, docs/decisions/030-team-mode.md). Pure: the
// workflow (lib/team-mode/team-dashboard.ts) reads the rows and the peers; this decides what may be shown.
//
//   teamFigures(input): TeamFigures
//
// Below `minimum` completed members nothing member-derived is returned (suppressed: true, every figure null, no gaps).
// At or above it: the median of each index, section and hard number over the members that have it (a figure fewer of
// them have is null), quartiles only from QUARTILE_FACTOR × the minimum, the personal indices as counts per 10-point
// band, and the perception gaps. No figure is ever tied to a member, and every one is symmetric in the members: the
// order they are given in changes nothing.
import { HARD_NUMBERS, PEER_METRICS, roundPercent, type HardNumber, type PeerMetric } from "@/lib/scoring";
import { perceptionGaps, type GapAnswers, type PerceptionGap } from "./perception-gaps";
import { spreadOf, type Spread } from "./spread";
import { DISTRIBUTION_BINS, DISTRIBUTION_BIN_WIDTH, MANAGER_ROLES, SELLER_ROLES } from "./team-rules";

/** One completed response of the team, as the dashboard reads it. */
export interface TeamResponseFigures extends GapAnswers {
  /** The a.profile.role answer. */
  role: string | null;
  indices: Readonly<Record<PeerMetric, number | null>>;
  /** In the basis peers are compared in: rates as fractions, money in US dollars, days, percent. */
  hardNumbers: Readonly<Record<HardNumber, number | null>>;
}

export interface TeamFiguresInput {
  minimum: number;
  /** Member responses begun, drafts and completed. */
  started: number;
  /** The completed member responses. */
  members: readonly TeamResponseFigures[];
  /** The leader's completed response, if any (never counted among the members). */
  leader: TeamResponseFigures | null;
}

export interface TeamFigures {
  started: number;
  completed: number;
  minimum: number;
  suppressed: boolean;
  indices: Record<PeerMetric, Spread | null> | null;
  hardNumbers: Record<HardNumber, Spread | null> | null;
  /** Members per band of personal index: counts[i] covers i×10 to i×10+9 (the last band 90–100). */
  personalDistribution: number[] | null;
  /** Whether managers and sellers were each numerous enough to be compared. */
  managersVersusSellers: boolean;
  gaps: PerceptionGap[];
}

const HARD_NUMBER_DECIMALS: Record<HardNumber, number> = {
  unitWinRate: 4,
  valueWinRate: 4,
  averageDeal: 0,
  cycleDays: 1,
  quotaAttainment: 1,
  sellersAtQuota: 1,
};

export function roundHardNumber(metric: HardNumber, value: number): number {
  const scale = 10 ** HARD_NUMBER_DECIMALS[metric];
  return Math.round(value * scale) / scale;
}

export function distributionBand(score: number): number {
  return Math.min(DISTRIBUTION_BINS - 1, Math.floor(score / DISTRIBUTION_BIN_WIDTH));
}

function distribution(members: readonly TeamResponseFigures[]): number[] {
  const counts = new Array<number>(DISTRIBUTION_BINS).fill(0);
  for (const member of members) {
    const score = member.indices.personal;
    if (score !== null) counts[distributionBand(score)]! += 1;
  }
  return counts;
}

export function teamFigures(input: TeamFiguresInput): TeamFigures {
  const { minimum, members } = input;
  const base = { started: input.started, completed: members.length, minimum };
  if (members.length < minimum) {
    return { ...base, suppressed: true, indices: null, hardNumbers: null, personalDistribution: null, managersVersusSellers: false, gaps: [] };
  }
  const indices = Object.fromEntries(
    PEER_METRICS.map((metric) => [metric, spreadOf(members.map((member) => member.indices[metric]), minimum, roundPercent)]),
  ) as Record<PeerMetric, Spread | null>;
  const hardNumbers = Object.fromEntries(
    HARD_NUMBERS.map((metric) => [metric, spreadOf(members.map((member) => member.hardNumbers[metric]), minimum, (value) => roundHardNumber(metric, value))]),
  ) as Record<HardNumber, Spread | null>;
  const managers = members.filter((member) => member.role !== null && MANAGER_ROLES.has(member.role));
  const sellers = members.filter((member) => member.role !== null && SELLER_ROLES.has(member.role));
  const managersVersusSellers = managers.length >= minimum && sellers.length >= minimum;
  const gaps = perceptionGaps({
    minimum,
    leader: input.leader,
    members,
    managers: managersVersusSellers ? managers : [],
    sellers: managersVersusSellers ? sellers : [],
  });
  return { ...base, suppressed: false, indices, hardNumbers, personalDistribution: distribution(members), managersVersusSellers, gaps };
}
