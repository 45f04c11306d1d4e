// A deterministic scored population for the peer-group integration tests, and the slow obvious versions of
// what lib/db and lib/responses compute (peer group, relative performance, medians, the ScoreHistogram aggregate) to check it against.
import { PART_A_IDS, PART_B_IDS, joinsPool, type Answers } from "@/lib/instrument";
import { demoResponses, type DemoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import {
  BINNED_FIGURE_BINS,
  HARD_NUMBERS,
  HARD_NUMBER_BINS,
  LOWER_IS_BETTER,
  quartileOf,
  type BinnedFigure,
  type HardNumber,
  type HardNumbersPeers,
} from "@/lib/scoring";
import { db } from "@/lib/db/client";
import { insertDemoResponses } from "@/lib/demo/demo-loader";
import {
  ANSWER_FIGURE_COLUMN,
  HARD_NUMBER_COLUMN,
  HARD_NUMBER_COLUMNS,
  INDEX_COLUMNS,
  SectionScoresColumnSchema,
  hardNumbersOf,
  type SectionScoresColumn,
} from "@/lib/db/score-columns";

const NOW = new Date("2026-11-01T12:00:00Z");

function reshape(response: DemoResponse, change: (answers: Answers) => void): DemoResponse {
  const answers = { ...response.answers };
  change(answers);
  return { ...response, answers };
}

/**
 * A few hundred demo responses, with groups shaped to exercise every fallback: one industry × size cluster big
 * enough to stand alone, a tiny one, responses without an industry, without a size, without either, and some
 * with too few answers for an overall index; and sales figures in euros, in a currency that cannot be converted,
 * and without the quota figures. Returns how many completed responses it stored.
 */
export async function seedPeerPopulation(count = 260, seed = 4242): Promise<number> {
  const generated = demoResponses(seededRandom(seed), count, NOW);
  const shaped = generated.map((response, i) => {
    if (i < 16) return reshape(response, (a) => ((a[PART_A_IDS.industry] = "software"), (a[PART_A_IDS.companySize] = "250-999")));
    if (i < 22) return reshape(response, (a) => ((a[PART_A_IDS.industry] = "energy-utilities"), (a[PART_A_IDS.companySize] = "20000-plus")));
    if (i < 28) return reshape(response, (a) => delete a[PART_A_IDS.industry]);
    if (i < 32) return reshape(response, (a) => delete a[PART_A_IDS.companySize]);
    if (i < 35) return reshape(response, (a) => (delete a[PART_A_IDS.industry], delete a[PART_A_IDS.companySize]));
    if (i < 42) return reshape(response, (a) => keepOnly(a, (id) => id.startsWith("a.") || id.startsWith("d.")));
    if (i < 45) return reshape(response, (a) => keepOnly(a, (id) => id.startsWith("a.")));
    if (i % 9 === 1) return reshape(response, (a) => (a[PART_B_IDS.currency] = "eur"));
    if (i % 9 === 2) return reshape(response, (a) => (a[PART_B_IDS.currency] = "other"));
    if (i % 13 === 3) return reshape(response, (a) => (delete a[PART_B_IDS.quotaAttainment], delete a[PART_B_IDS.sellersAtQuota]));
    return response;
  });
  return insertDemoResponses(shaped, 100);
}

function keepOnly(answers: Answers, keep: (id: string) => boolean) {
  for (const id of Object.keys(answers)) if (!keep(id)) delete answers[id];
}

export interface StoredScore {
  id: string;
  /** False when the participant kept the answers out of the benchmark pool (from the answers themselves); left out, in it. */
  inPool?: boolean;
  industry: string | null;
  companySize: string | null;
  indices: Record<"overall" | "value" | "number" | "winRate" | "salesCycle" | "personal", number | null>;
  /** Section id → whole percent, or null when none of the section's items was answered. */
  sections: SectionScoresColumn;
  /** In the basis: money in US dollars. */
  hardNumbers: Record<HardNumber, number | null>;
}

/** Completed responses with their stored scores, peer keys taken from the response itself. */
export async function readCompletedScores(): Promise<StoredScore[]> {
  const rows = await db().response.findMany({
    where: { status: "COMPLETED" },
    select: {
      id: true,
      answers: true,
      industry: true,
      companySize: true,
      score: {
        select: { ...INDEX_COLUMNS, sectionScores: true, ...HARD_NUMBER_COLUMNS },
      },
    },
  });
  return rows.map(({ id, answers, industry, companySize, score }) => {
    if (!score) throw new Error(`Completed response ${id} has no score`);
    return {
      id,
      inPool: joinsPool(answers as Answers),
      industry,
      companySize,
      indices: {
        overall: score.overall,
        value: score.valueIndex,
        number: score.numberIndex,
        winRate: score.winRateIndex,
        salesCycle: score.salesCycleIndex,
        personal: score.personalIndex,
      },
      sections: SectionScoresColumnSchema.parse(score.sectionScores),
      hardNumbers: hardNumbersOf(score),
    };
  });
}

/** The peer group and figures computed the obvious way: filter the list (peers are in the benchmark pool), count, sort. */
export function bruteForcePeers(all: StoredScore[], me: StoredScore, minPeers: number, anonymityThreshold = 5) {
  const others = all.filter((other) => other.id !== me.id && other.inPool !== false);
  const levels: [string, (other: StoredScore) => boolean][] = [];
  if (me.industry && me.companySize) {
    levels.push(["industry-size", (o) => o.industry === me.industry && o.companySize === me.companySize]);
  }
  if (me.industry) levels.push(["industry", (o) => o.industry === me.industry]);
  if (me.companySize) levels.push(["size", (o) => o.companySize === me.companySize]);
  levels.push(["everyone", () => true]);
  const [level, inGroup] = levels.find(([, test]) => others.filter(test).length >= minPeers) ?? levels.at(-1)!;
  const peers = others.filter(inGroup);
  const present = (scores: (number | null)[]) => scores.filter((score): score is number => score !== null);
  const scoresOf = (metric: keyof StoredScore["indices"]) => present(peers.map((peer) => peer.indices[metric]));
  const relative = (metric: "overall" | "personal") => {
    const own = me.indices[metric];
    const scores = scoresOf(metric);
    if (own === null || scores.length === 0) return null;
    const better = scores.filter((score) => score > own).length;
    const n = scores.length;
    return { percent: Math.floor((200 * (n - better) + n) / (2 * n)), better, peers: n };
  };
  const median = (scores: number[]) => {
    const sorted = [...scores].sort((a, b) => a - b);
    if (sorted.length === 0) return null;
    return Math.floor((sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2 + 0.5);
  };
  return {
    level,
    size: peers.length,
    overall: relative("overall"),
    personal: relative("personal"),
    medians: {
      overall: median(scoresOf("overall")),
      value: median(scoresOf("value")),
      number: median(scoresOf("number")),
      winRate: median(scoresOf("winRate")),
      salesCycle: median(scoresOf("salesCycle")),
      personal: median(scoresOf("personal")),
    },
    topQuartiles: Object.fromEntries(
      (["overall", "value", "number", "winRate", "salesCycle", "personal"] as const).map((metric) => {
        const scores = scoresOf(metric);
        return [metric, scores.length < anonymityThreshold ? null : Math.floor(percentileCont(scores, 0.75) + 0.5 + 1e-9)];
      }),
    ),
    sectionMedians: Object.fromEntries(
      Object.keys(me.sections).map((sectionId) => [sectionId, median(present(peers.map((peer) => peer.sections[sectionId] ?? null)))]),
    ),
    hardNumbers: bruteForceHardNumbers(peers, me, anonymityThreshold),
  };
}

/** percentile_cont over a list, to the 12 significant digits the snapshot keeps. */
export function percentileCont(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  return Number((lower + (sorted[Math.ceil(position)]! - lower) * (position - Math.floor(position))).toPrecision(12));
}

/** Each hard number over the peers that have it, every figure read as its bin's centre (exact to the bin). */
function bruteForceHardNumbers(peers: StoredScore[], me: StoredScore, anonymityThreshold: number): HardNumbersPeers {
  return Object.fromEntries(
    HARD_NUMBERS.map((metric) => {
      const { binOf, valueOf } = HARD_NUMBER_BINS[metric];
      const bins = peers.map((peer) => peer.hardNumbers[metric]).filter((value): value is number => value !== null).map(binOf);
      if (bins.length === 0 || bins.length < anonymityThreshold) return [metric, null];
      const lowerIsBetter = LOWER_IS_BETTER.has(metric);
      const own = me.hardNumbers[metric];
      const ownBin = own === null ? null : binOf(own);
      const beaten = bins.filter((bin) => ownBin !== null && (lowerIsBetter ? bin > ownBin : bin < ownBin)).length;
      const level = bins.filter((bin) => bin === ownBin).length;
      return [
        metric,
        {
          peers: bins.length,
          median: percentileCont(bins.map(valueOf), 0.5),
          topQuartile: percentileCont(bins.map(valueOf), lowerIsBetter ? 0.25 : 0.75),
          percentile: ownBin === null ? null : Math.floor((100 * beaten) / bins.length + 0.5 + 1e-9),
          quartile: ownBin === null ? null : quartileOf((100 * (beaten + level / 2)) / bins.length),
        },
      ];
    }),
  ) as HardNumbersPeers;
}

/** One non-zero count of the aggregate: a metric's score (or bin) in a scoring version's peer group. */
export interface HistogramCell {
  scoringVersion: string;
  metric: string;
  industry: string;
  companySize: string;
  /** Whole percent, -1 for "insufficient data"; a binned figure's bin. */
  score: number;
  count: number;
}

/** The aggregate's non-zero counts, cut into metrics by the database's own layout ("scoreHistogramLayout"()). */
export async function readHistogramCells(): Promise<HistogramCell[]> {
  return db().$queryRaw<HistogramCell[]>`
    SELECT h."scoringVersion", l.metric, h.industry, h."companySize",
           (CASE WHEN l.metric LIKE 'hard:%' THEN c.at - 1 ELSE c.at - 2 END)::int AS score, c.count
      FROM "ScoreHistogram" AS h
     CROSS JOIN "scoreHistogramLayout"() AS l
     CROSS JOIN LATERAL unnest(h.counts[l.first : l.first + l.width - 1]) WITH ORDINALITY AS c(count, at)
     WHERE c.count <> 0`;
}

/** Figures counted per bin, and the Score column each is read from. */
const BINNED_COLUMN = { ...HARD_NUMBER_COLUMN, velocity: "velocityUsd", ...ANSWER_FIGURE_COLUMN } as const satisfies Record<BinnedFigure, string>;

/**
 * The aggregate's non-zero counts, and the same counts made by grouping in JavaScript every Score row whose response's
 * answers join the benchmark pool (read from the answers, not from the "inPool" columns the triggers keep).
 */
export async function compareAggregateWithScores(): Promise<{ stored: string[]; expected: string[] }> {
  const [cells, scores] = await Promise.all([readHistogramCells(), db().score.findMany({ include: { response: { select: { answers: true } } } })]);
  const expected = new Map<string, number>();
  for (const score of scores) {
    if (!joinsPool(score.response.answers as Answers)) continue;
    const metrics = {
      overall: score.overall,
      value: score.valueIndex,
      number: score.numberIndex,
      winRate: score.winRateIndex,
      salesCycle: score.salesCycleIndex,
      personal: score.personalIndex,
      ...Object.fromEntries(
        Object.entries(SectionScoresColumnSchema.parse(score.sectionScores)).map(([sectionId, value]) => [`section:${sectionId}`, value]),
      ),
      // A binned figure counts in its bin, and not at all without a figure.
      ...Object.fromEntries(
        (Object.keys(BINNED_COLUMN) as BinnedFigure[])
          .filter((figure) => score[BINNED_COLUMN[figure]] !== null)
          .map((figure) => [`hard:${figure}`, BINNED_FIGURE_BINS[figure].binOf(score[BINNED_COLUMN[figure]]!)]),
      ),
    };
    const groups = [
      [score.industry, score.companySize],
      [score.industry, "*"],
      ["*", score.companySize],
      ["*", "*"],
    ].filter(([industry, size]) => industry !== null && size !== null);
    for (const [metric, value] of Object.entries(metrics)) {
      for (const [industry, size] of groups) {
        const key = [score.scoringVersion, metric, industry, size, value ?? -1].join("|");
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    stored: cells.map((cell) => [cell.scoringVersion, cell.metric, cell.industry, cell.companySize, cell.score, cell.count].join("|")).sort(),
    expected: [...expected].map(([key, count]) => `${key}|${count}`).sort(),
  };
}
