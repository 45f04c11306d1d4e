// A deterministic scored population for the peer-group integration tests, and the slow obvious versions of
// what lib/db computes (peer group, relative performance, medians, the ScoreCount aggregate) to check it against.
import { PART_A_IDS, type Answers } from "@/lib/instrument";
import { demoResponses, type DemoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { db } from "@/lib/db/client";
import { insertDemoResponses } from "@/lib/db/demo-data";
import { INDEX_COLUMNS, SectionScoresColumnSchema, type SectionScoresColumn } from "@/lib/db/score-columns";

const NOW = new Date("2026-11-01T12:00:00Z");

function reshape(response: DemoResponse, change: (answers: Answers) => void): DemoResponse {
  const answers = { ...response.answers };
  change(answers);
  return { ...response, answers };
}

/**
 * A few hundred demo responses, with groups shaped to exercise every fallback: one industry × size cluster big
 * enough to stand alone, a tiny one, responses without an industry, without a size, without either, and some
 * with too few answers for an overall index. Returns how many completed responses it stored.
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
    return response;
  });
  return insertDemoResponses(shaped, 100);
}

function keepOnly(answers: Answers, keep: (id: string) => boolean) {
  for (const id of Object.keys(answers)) if (!keep(id)) delete answers[id];
}

export interface StoredScore {
  id: string;
  industry: string | null;
  companySize: string | null;
  indices: Record<"overall" | "value" | "number" | "winRate" | "salesCycle" | "personal", number | null>;
  /** Section id → whole percent, or null when none of the section's items was answered. */
  sections: SectionScoresColumn;
}

/** Completed responses with their stored scores, peer keys taken from the response itself. */
export async function readCompletedScores(): Promise<StoredScore[]> {
  const rows = await db().response.findMany({
    where: { status: "COMPLETED" },
    select: {
      id: true,
      industry: true,
      companySize: true,
      score: {
        select: { ...INDEX_COLUMNS, sectionScores: true },
      },
    },
  });
  return rows.map(({ id, industry, companySize, score }) => {
    if (!score) throw new Error(`Completed response ${id} has no score`);
    return {
      id,
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
    };
  });
}

/** The peer group and figures computed the obvious way: filter the list, count, sort. */
export function bruteForcePeers(all: StoredScore[], me: StoredScore, minPeers: number) {
  const others = all.filter((other) => other.id !== me.id);
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
    sectionMedians: Object.fromEntries(
      Object.keys(me.sections).map((sectionId) => [sectionId, median(present(peers.map((peer) => peer.sections[sectionId] ?? null)))]),
    ),
  };
}

/** ScoreCount's non-zero rows, and the same counts made by grouping every Score row in JavaScript. */
export async function compareAggregateWithScores(): Promise<{ stored: string[]; expected: string[] }> {
  const [counts, scores] = await Promise.all([
    db().scoreCount.findMany({ where: { count: { not: 0 } } }),
    db().score.findMany(),
  ]);
  const expected = new Map<string, number>();
  for (const score of scores) {
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
    stored: counts.map((row) => [row.scoringVersion, row.metric, row.industry, row.companySize, row.score, row.count].join("|")).sort(),
    expected: [...expected].map(([key, count]) => `${key}|${count}`).sort(),
  };
}
