// The peer snapshot the personas are compared with: 64 software companies of their size, whose index medians and
// hard-number distributions are fixed here, so the golden reports do not move when the demo data does. The hard
// numbers' figures are computed by brute force from an explicit list of 64 peers, the slow obvious way.
import { instrument } from "@/lib/instrument";
import { HARD_NUMBERS, LOWER_IS_BETTER, SCORING_VERSION, type HardNumber, type HardNumbersPeers, type PeerSnapshot } from "@/lib/scoring";

const PEERS = 64;

/** p10, p25, p50, p75, p90 of each hard number among the peers (basis units: fractions, USD, days, percent). */
const ANCHORS: Record<HardNumber, [number, number, number, number, number]> = {
  unitWinRate: [0.18, 0.25, 0.327, 0.41, 0.5],
  valueWinRate: [0.15, 0.22, 0.29, 0.37, 0.46],
  averageDeal: [12_000, 22_000, 48_000, 95_000, 160_000],
  cycleDays: [150, 110, 75, 52, 38],
  quotaAttainment: [62, 74, 88, 104, 118],
  sellersAtQuota: [28, 40, 52, 64, 75],
};

/** 64 peer values spread through the anchors by linear interpolation (outermost anchors held flat). */
function peerValues(anchors: readonly number[]): number[] {
  const at = [0.1, 0.25, 0.5, 0.75, 0.9];
  return Array.from({ length: PEERS }, (_, i) => {
    const q = (i + 0.5) / PEERS;
    if (q <= at[0]!) return anchors[0]!;
    if (q >= at[4]!) return anchors[4]!;
    const k = at.findIndex((p, j) => q >= p && q <= at[j + 1]!);
    const t = (q - at[k]!) / (at[k + 1]! - at[k]!);
    return anchors[k]! + t * (anchors[k + 1]! - anchors[k]!);
  });
}

function quantile(sorted: number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  return sorted[lower]! + (pos - lower) * (sorted[upper]! - sorted[lower]!);
}

/**
 * The snapshot's hard-number figures for a participant whose own figures (basis units) are `own`. `drift` moves the
 * peers for a later date: every figure that is better higher grows by that share, the cycle shrinks by it.
 */
export function personaHardNumbers(own: Partial<Record<HardNumber, number | null>>, drift = 0): HardNumbersPeers {
  return Object.fromEntries(
    HARD_NUMBERS.map((metric) => {
      const lowerBetter = LOWER_IS_BETTER.has(metric);
      const factor = lowerBetter ? 1 - drift : 1 + drift;
      const values = peerValues(ANCHORS[metric].map((anchor) => anchor * factor)).sort((a, b) => a - b);
      const mine = own[metric];
      const beaten = mine == null ? null : values.filter((v) => (lowerBetter ? mine < v : mine > v)).length;
      return [
        metric,
        {
          peers: PEERS,
          median: quantile(values, 0.5),
          topQuartile: quantile(values, lowerBetter ? 0.25 : 0.75),
          percentile: beaten === null ? null : Math.round((100 * beaten) / PEERS),
        },
      ];
    }),
  ) as HardNumbersPeers;
}

/** The persona's peer-group line: the same synthetic peers, named for the persona's industry. */
const GROUP_LABELS: Record<string, string> = {
  software: "Software and internet companies of your size",
  manufacturing: "Manufacturing and industrial companies of your size",
  "professional-services": "Professional and business services companies of your size",
};

const MEDIANS = { overall: 58, value: 60, number: 55, winRate: 57, salesCycle: 54, personal: 62 };
/** Each index's 75th percentile among the peers. */
const TOP_QUARTILES = { overall: 67, value: 70, number: 66, winRate: 68, salesCycle: 63, personal: 71 };

/** `shift` moves every index's median and top quartile by that many points (the peers at another date). */
export function personaPeers(
  overall: number | null,
  personal: number | null,
  hardNumbers: HardNumbersPeers,
  industry = "software",
  shift = 0,
): PeerSnapshot {
  const moved = (figures: Record<keyof typeof MEDIANS, number>) =>
    Object.fromEntries(Object.entries(figures).map(([metric, value]) => [metric, value + shift])) as Record<keyof typeof MEDIANS, number>;
  const percentOf = (score: number | null, median: number) =>
    score === null ? null : { percent: Math.max(0, Math.min(100, 50 + (score - median) * 2)), better: 0, peers: PEERS };
  const relative = (score: number | null, median: number) => {
    const figure = percentOf(score, median);
    return figure === null ? null : { ...figure, better: Math.round(PEERS * (1 - figure.percent / 100)) };
  };
  return {
    scoringVersion: SCORING_VERSION,
    minPeers: 10,
    group: { level: "industry-size", label: GROUP_LABELS[industry] ?? GROUP_LABELS.software!, size: PEERS, industry, companySize: null, meetsMinimum: true },
    overall: relative(overall, MEDIANS.overall + shift),
    personal: relative(personal, MEDIANS.personal + shift),
    medians: moved(MEDIANS),
    topQuartiles: moved(TOP_QUARTILES),
    sectionMedians: Object.fromEntries(instrument.sections.filter((s) => s.part === "C" || s.part === "D").map((s) => [s.id, 57])),
    hardNumbers,
  };
}
