// Test fixtures for the first actions: a strong, a middling and a weak company (answers from
// tests/support/answer-fixtures.ts, with sales numbers of their own) and a peer snapshot with hard-number peer figures,
// so the money at stake can be checked by hand. Used by the action tests only.
import { PART_B_IDS, instrument, type Answers } from "@/lib/instrument";
import { buildAnswers, type AnswerPick } from "@/tests/support/answer-fixtures";
import type { HardNumbersPeers, PeerSnapshot } from "@/lib/scoring";

export type Persona = "strong" | "middling" | "weak";

const PICK: Record<Persona, AnswerPick> = { strong: "best", middling: "middle", weak: "worst" };

/**
 * Yearly figures, each set self-consistent (velocity × 365 within 2× of the value won) and each with its own
 * profile against the peers of `hardNumberPeers`: the strong company leads on deal size, the middling one loses
 * most on a slow cycle, the weak one trails on every lever and most on win rate.
 */
export const PERSONA_NUMBERS: Record<Persona, Answers> = {
  // 1,200 × $150,000 × 35% = $63,000,000 a year.
  strong: {
    [PART_B_IDS.newOpportunities]: 1_200,
    [PART_B_IDS.wonCount]: 420,
    [PART_B_IDS.wonValue]: 63_000_000,
    [PART_B_IDS.lostCount]: 780,
    [PART_B_IDS.lostValue]: 117_000_000,
    [PART_B_IDS.cycleDays]: 58,
    [PART_B_IDS.quotaAttainment]: 110,
    [PART_B_IDS.sellersAtQuota]: 80,
    [PART_B_IDS.currency]: "usd",
  },
  // 400 × €45,000 × 31% = €5,580,000 a year.
  middling: {
    [PART_B_IDS.newOpportunities]: 400,
    [PART_B_IDS.wonCount]: 124,
    [PART_B_IDS.wonValue]: 5_580_000,
    [PART_B_IDS.lostCount]: 276,
    [PART_B_IDS.lostValue]: 12_420_000,
    [PART_B_IDS.cycleDays]: 120,
    [PART_B_IDS.quotaAttainment]: 85,
    [PART_B_IDS.sellersAtQuota]: 45,
    [PART_B_IDS.currency]: "eur",
  },
  // 500 × $25,000 × 12% = $1,500,000 a year.
  weak: {
    [PART_B_IDS.newOpportunities]: 500,
    [PART_B_IDS.wonCount]: 60,
    [PART_B_IDS.wonValue]: 1_500_000,
    [PART_B_IDS.lostCount]: 440,
    [PART_B_IDS.lostValue]: 11_000_000,
    [PART_B_IDS.cycleDays]: 90,
    [PART_B_IDS.quotaAttainment]: 60,
    [PART_B_IDS.sellersAtQuota]: 20,
    [PART_B_IDS.currency]: "usd",
  },
};

/** Where each persona stands among its peers (share beaten), the same for every hard number. */
const PERCENTILE: Record<Persona, number> = { strong: 90, middling: 40, weak: 5 };

/** Peer figures in the basis units: fractions, US dollars, days, percent. */
export function hardNumberPeers(percentile: number | null): HardNumbersPeers {
  const metric = (median: number, topQuartile: number) => ({ peers: 120, median, topQuartile, percentile });
  return {
    unitWinRate: metric(0.327, 0.45),
    valueWinRate: metric(0.3, 0.42),
    averageDeal: metric(45_000, 90_000),
    cycleDays: metric(60, 40),
    quotaAttainment: metric(90, 105),
    sellersAtQuota: metric(55, 70),
  };
}

export function peerSnapshot(hardNumbers: HardNumbersPeers | undefined): PeerSnapshot {
  return {
    scoringVersion: "2026.2",
    minPeers: 10,
    group: { level: "industry", label: "Software and internet companies", size: 120, industry: "software", companySize: null, meetsMinimum: true },
    overall: { percent: 50, better: 60, peers: 120 },
    personal: { percent: 50, better: 60, peers: 120 },
    medians: { overall: 61, value: 60, number: 58, winRate: 63, salesCycle: 59, personal: 64 },
    sectionMedians: Object.fromEntries(instrument.sections.filter((s) => s.part === "C" || s.part === "D").map((s) => [s.id, 60])),
    ...(hardNumbers ? { hardNumbers } : {}),
  };
}

export function personaAnswers(persona: Persona): Answers {
  return { ...buildAnswers(PICK[persona]), ...PERSONA_NUMBERS[persona] };
}

export const personaPeers = (persona: Persona) => peerSnapshot(hardNumberPeers(PERCENTILE[persona]));
