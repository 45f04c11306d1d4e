// Which peers a response is compared with: the most specific of industry × company size → industry → company
// size → everyone that holds at least K completed responses besides this one. The database counts each
// candidate group; this picks the group and names it for the report.
import { PART_A_IDS, findQuestion, type Instrument } from "@/lib/instrument";

export const DEFAULT_MIN_PEERS = 10;

export const PEER_LEVELS = ["industry-size", "industry", "size", "everyone"] as const;
export type PeerLevel = (typeof PEER_LEVELS)[number];

export interface PeerProfile {
  /** Option codes from Part A; null or absent when not answered. */
  industry?: string | null;
  companySize?: string | null;
}

export interface PeerFilter {
  industry: string | null;
  companySize: string | null;
}

export interface PeerGroup {
  level: PeerLevel;
  /** e.g. "Software and internet companies with 250 to 999 employees". */
  label: string;
  /** N: completed responses in the group other than this one. */
  size: number;
  filter: PeerFilter;
  /** False only at "everyone" when even the whole study has fewer than K other completed responses. */
  meetsMinimum: boolean;
}

export interface ChoosePeerGroupInput {
  profile: PeerProfile;
  /** Completed responses in each candidate group, as counted (see `peerGroupCandidates`). */
  counts: Partial<Record<PeerLevel, number>>;
  /** True when this response is itself completed and stored, so every count above includes it. */
  selfCounted: boolean;
  minPeers?: number;
  /** Source of the industry and size wording. */
  instrument: Instrument;
}

/** Industry wording for a group label, so it reads as a noun phrase; unknown codes fall back to the option label. */
export const INDUSTRY_GROUP_NAMES: Readonly<Record<string, string>> = {
  software: "Software and internet companies",
  "it-services": "IT services and hardware companies",
  telecoms: "Telecommunications companies",
  "financial-services": "Financial services companies",
  healthcare: "Healthcare and life sciences companies",
  manufacturing: "Manufacturing and industrial companies",
  "professional-services": "Professional and business services firms",
  "retail-consumer": "Retail and consumer goods companies",
  "energy-utilities": "Energy and utilities companies",
  "transport-logistics": "Transport and logistics companies",
  "public-education": "Public sector and education organisations",
  other: "Organisations in other industries",
};

export const EVERYONE_LABEL = "All participants";

/** The groups to count for this profile, most specific first; levels the profile cannot place are skipped. */
export function peerGroupCandidates(profile: PeerProfile): { level: PeerLevel; filter: PeerFilter }[] {
  const industry = profile.industry ?? null;
  const companySize = profile.companySize ?? null;
  const candidates: { level: PeerLevel; filter: PeerFilter }[] = [];
  if (industry && companySize) candidates.push({ level: "industry-size", filter: { industry, companySize } });
  if (industry) candidates.push({ level: "industry", filter: { industry, companySize: null } });
  if (companySize) candidates.push({ level: "size", filter: { industry: null, companySize } });
  candidates.push({ level: "everyone", filter: { industry: null, companySize: null } });
  return candidates;
}

export function choosePeerGroup(input: ChoosePeerGroupInput): PeerGroup {
  const minPeers = input.minPeers ?? DEFAULT_MIN_PEERS;
  const others = (level: PeerLevel) => Math.max(0, (input.counts[level] ?? 0) - (input.selfCounted ? 1 : 0));
  const candidates = peerGroupCandidates(input.profile);
  const chosen = candidates.find((candidate) => others(candidate.level) >= minPeers) ?? candidates.at(-1)!;
  const size = others(chosen.level);
  return {
    level: chosen.level,
    label: peerGroupLabel(chosen.filter, input.instrument),
    size,
    filter: chosen.filter,
    meetsMinimum: size >= minPeers,
  };
}

export function peerGroupLabel(filter: PeerFilter, instrument: Instrument): string {
  const industry = filter.industry === null ? null : industryName(filter.industry, instrument);
  const size = filter.companySize === null ? null : sizePhrase(filter.companySize, instrument);
  if (industry && size) return `${industry} with ${size} employees`;
  if (industry) return industry;
  if (size) return `Organisations with ${size} employees`;
  return EVERYONE_LABEL;
}

function optionLabel(questionId: string, code: string, instrument: Instrument): string {
  const question = findQuestion(questionId, instrument);
  const option = question?.kind === "choice" ? question.options.find((entry) => entry.value === code) : undefined;
  return option?.label ?? code;
}

function industryName(code: string, instrument: Instrument): string {
  return INDUSTRY_GROUP_NAMES[code] ?? `${optionLabel(PART_A_IDS.industry, code, instrument)} organisations`;
}

/** "Fewer than 50" → "fewer than 50", to sit inside "with … employees". */
function sizePhrase(code: string, instrument: Instrument): string {
  const label = optionLabel(PART_A_IDS.companySize, code, instrument);
  return label.charAt(0).toLowerCase() + label.slice(1);
}
