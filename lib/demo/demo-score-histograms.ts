// For a bulk load with the aggregate triggers off: what the loaded scores add to "ScoreHistogram", counted in
// JavaScript while the rows are generated and added at the end, one call per peer group, through the function the
// trigger writes with ("addToScoreHistogram", score_histograms migration). The same slots as the trigger: a score
// counts each index and section at its whole percent (null at -1) and each binned figure it has in its bin
// (lib/scoring/score-histogram-layout.ts, which a test holds to the database's layout), in its industry × size,
// industry, size and everyone groups. The sample report reads the same counts from memory (`rows`, synthetic-peers.ts).
import type pg from "pg";
import { BINNED_FIGURE_BINS, PEER_METRICS, SCORE_HISTOGRAM_WIDTH, figureSlot, scoreSlot, sectionMetric, type BinnedFigure } from "@/lib/scoring";
import { ANSWER_FIGURE_COLUMN, HARD_NUMBER_COLUMN, INDEX_COLUMN, type ScoreRowColumns } from "@/lib/db/score-columns";
import type { HistogramRow } from "@/lib/db/score-histograms";

const SEP = "\u0001";
const ANY = "*";

/** The Score column of each binned figure: the hard numbers', velocity in US dollars and Part B's raw answers. */
const FIGURE_COLUMN: Record<BinnedFigure, keyof ScoreRowColumns> = { ...HARD_NUMBER_COLUMN, velocity: "velocityUsd", ...ANSWER_FIGURE_COLUMN };
const FIGURES = Object.keys(BINNED_FIGURE_BINS) as BinnedFigure[];

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export class ScoreHistogramCounter {
  /** Counts by each score's own (scoringVersion, industry, companySize); spread into the four peer groups at the end. */
  private readonly own = new Map<string, Int32Array>();

  addScore(score: ScoreRowColumns) {
    const key = [score.scoringVersion, score.industry ?? "", score.companySize ?? "", score.industry === null ? 0 : 1, score.companySize === null ? 0 : 1].join(SEP);
    const counts = getOrAdd(this.own, key, () => new Int32Array(SCORE_HISTOGRAM_WIDTH));
    for (const metric of PEER_METRICS) counts[scoreSlot(metric, score[INDEX_COLUMN[metric]])]! += 1;
    for (const [id, value] of Object.entries(score.sectionScores)) counts[scoreSlot(sectionMetric(id), value)]! += 1;
    for (const figure of FIGURES) {
      const slot = figureSlot(figure, score[FIGURE_COLUMN[figure]] as number | null);
      if (slot !== null) counts[slot]! += 1;
    }
  }

  /** The counts to add to each peer group's row, by (scoringVersion, industry, companySize). */
  groupCounts(): Map<string, Int32Array> {
    const groups = new Map<string, Int32Array>();
    for (const [own, counts] of this.own) {
      const [version, industryKey, sizeKey, hasIndustry, hasSize] = own.split(SEP) as [string, string, string, string, string];
      const industry = hasIndustry === "1" ? industryKey : null;
      const size = hasSize === "1" ? sizeKey : null;
      const peers = [[industry, size], [industry, ANY], [ANY, size], [ANY, ANY]].filter(
        (group): group is [string, string] => group[0] !== null && group[1] !== null,
      );
      for (const [i, s] of peers) {
        const sum = getOrAdd(groups, [version, i, s].join(SEP), () => new Int32Array(SCORE_HISTOGRAM_WIDTH));
        counts.forEach((count, slot) => (sum[slot]! += count));
      }
    }
    return groups;
  }

  /** The same counts as the rows they add to, in key order ("*": any industry or size). */
  rows(): HistogramRow[] {
    return [...this.groupCounts()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, counts]) => {
        const [scoringVersion, industry, companySize] = key.split(SEP) as [string, string, string];
        return { scoringVersion, industry, companySize, counts: Array.from(counts) };
      });
  }

  /** Adds the counts to the table (the loader holds off other writers of "Score" meanwhile). */
  async apply(client: pg.Client) {
    for (const { scoringVersion, industry, companySize, counts } of this.rows()) {
      const slots: number[] = [];
      const deltas: number[] = [];
      counts.forEach((count, slot) => {
        if (count === 0) return;
        slots.push(slot + 1); // PostgreSQL subscripts start at 1
        deltas.push(count);
      });
      await client.query(`SELECT "addToScoreHistogram"($1, $2, $3, $4::int[], $5::int[])`, [scoringVersion, industry, companySize, slots, deltas]);
    }
  }
}
