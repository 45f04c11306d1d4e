// For a bulk load with the aggregate triggers off: the "ScoreCount" rows the loaded rows add,
// counted in JavaScript while the rows are generated, then added to the table in one upsert. The same
// keys the triggers use (score_counts and hard_number_counts migrations): a score counts per
// metric — the six indices and every section, null at -1, and each hard number it has in its bin — in its
// industry × size, industry, size and everyone groups. The answer counts are demo-answer-tallies.ts.
// Counting a million this way takes seconds; a recount in SQL took minutes (decision 008a).
import type pg from "pg";
import { HARD_NUMBERS, HARD_NUMBER_BINS } from "@/lib/scoring";
import { HARD_NUMBER_COLUMN, type ScoreRowColumns } from "@/lib/db/score-columns";

const SEP = "\u0001";
const METRIC_COLUMNS = [
  ["overall", "overall"], ["value", "valueIndex"], ["number", "numberIndex"], ["winRate", "winRateIndex"],
  ["salesCycle", "salesCycleIndex"], ["personal", "personalIndex"],
] as const;

type Histograms = Map<string, Int32Array>; // metric → count at score (or bin) + 1 (index 0 is "insufficient data", -1)

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export class AggregateCounter {
  /** Scores by their own (scoringVersion, industry, companySize); spread into the four peer groups at the end. */
  private readonly scores = new Map<string, Histograms>();
  addScore(score: ScoreRowColumns) {
    const own = [score.scoringVersion, score.industry ?? "", score.companySize ?? "", score.industry === null ? 0 : 1, score.companySize === null ? 0 : 1].join(SEP);
    const histograms = getOrAdd(this.scores, own, () => new Map());
    const add = (metric: string, value: number | null, bins = 101) => {
      getOrAdd(histograms, metric, () => new Int32Array(bins + 1))[(value ?? -1) + 1]! += 1;
    };
    for (const [metric, column] of METRIC_COLUMNS) add(metric, score[column]);
    for (const [id, value] of Object.entries(score.sectionScores)) add(`section:${id}`, value);
    for (const metric of HARD_NUMBERS) {
      const value = score[HARD_NUMBER_COLUMN[metric]];
      const scale = HARD_NUMBER_BINS[metric];
      if (value !== null) add(`hard:${metric}`, scale.binOf(value), scale.count);
    }
  }

  /** The "ScoreCount" rows to add: each own group's counts added into its four peer groups. */
  scoreCountRows(): Map<string, number> {
    const rows = new Map<string, number>();
    for (const [own, histograms] of this.scores) {
      const [version, industryKey, sizeKey, hasIndustry, hasSize] = own.split(SEP) as [string, string, string, string, string];
      const industry = hasIndustry === "1" ? industryKey : null;
      const size = hasSize === "1" ? sizeKey : null;
      const groups = [[industry, size], [industry, "*"], ["*", size], ["*", "*"]].filter(
        (group): group is [string, string] => group[0] !== null && group[1] !== null,
      );
      for (const [metric, counts] of histograms) {
        counts.forEach((count, index) => {
          if (count === 0) return;
          for (const [i, s] of groups) {
            const key = [version, i, s, metric, index - 1].join(SEP);
            rows.set(key, (rows.get(key) ?? 0) + count);
          }
        });
      }
    }
    return rows;
  }

  /** Adds the counts to the table (the loader holds off other writers of "Score" meanwhile). */
  async apply(client: pg.Client) {
    await upsert(client, "ScoreCount", ["scoringVersion", "industry", "companySize", "metric", "score"], this.scoreCountRows());
  }
}

async function upsert(client: pg.Client, table: string, keyColumns: string[], counts: Map<string, number>) {
  const rows = [...counts];
  for (let start = 0; start < rows.length; start += 50_000) {
    const slice = rows.slice(start, start + 50_000);
    const columns = keyColumns.map((_, i) => slice.map(([key]) => key.split(SEP)[i]!));
    const names = keyColumns.map((column) => `"${column}"`).join(", ");
    const casts = keyColumns.map((column, i) => `$${i + 1}::${column === "score" ? "int" : "text"}[]`).join(", ");
    await client.query(
      `INSERT INTO "${table}" (${names}, "count")
       SELECT * FROM unnest(${casts}, $${keyColumns.length + 1}::int[])
       ON CONFLICT (${names}) DO UPDATE SET "count" = "${table}"."count" + excluded."count"`,
      [...columns, slice.map(([, count]) => count)],
    );
  }
}
