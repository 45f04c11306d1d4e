// For a bulk load with the aggregate triggers off: the "ScoreCount" and "AnswerCount" rows the loaded rows add,
// counted in JavaScript while the rows are generated, then added to the tables in one upsert each. The same
// keys the triggers use (score_counts, admin_stat_columns and hard_number_counts migrations): a score counts per
// metric — the six indices and every section, null at -1, and each hard number it has in its bin — in its
// industry × size, industry, size and everyone groups; a completed
// response counts ("*", "*") and its string answer to each counted question, under its four peer keys ("" when
// missing). Counting a million this way takes seconds; a recount in SQL took minutes (decision 008a).
import type pg from "pg";
import { HARD_NUMBERS, HARD_NUMBER_BINS } from "@/lib/scoring";
import { HARD_NUMBER_COLUMN, type ScoreRowColumns } from "@/lib/db/score-columns";

const SEP = "\u0001";
const METRIC_COLUMNS = [
  ["overall", "overall"], ["value", "valueIndex"], ["number", "numberIndex"], ["winRate", "winRateIndex"],
  ["salesCycle", "salesCycleIndex"], ["personal", "personalIndex"],
] as const;

export interface ResponseKeys {
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

type Histograms = Map<string, Int32Array>; // metric → count at score (or bin) + 1 (index 0 is "insufficient data", -1)

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export class AggregateCounter {
  /** Scores by their own (scoringVersion, industry, companySize); spread into the four peer groups at the end. */
  private readonly scores = new Map<string, Histograms>();
  /** Completed responses by their four peer keys, then question, then option. */
  private readonly answers = new Map<string, Map<string, Map<string, number>>>();

  /** `countedQuestions`: the database's "answerCountQuestions"(), so both ways count the same questions. */
  constructor(private readonly countedQuestions: readonly string[]) {}

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

  addCompletedResponse(answers: Record<string, unknown>, keys: ResponseKeys) {
    const peers = [keys.industry, keys.companySize, keys.region, keys.salesModel].map((key) => key ?? "").join(SEP);
    const byQuestion = getOrAdd(this.answers, peers, () => new Map());
    const bump = (question: string, option: string) => {
      const byOption = getOrAdd(byQuestion, question, () => new Map<string, number>());
      byOption.set(option, (byOption.get(option) ?? 0) + 1);
    };
    bump("*", "*");
    for (const id of this.countedQuestions) {
      const value = answers[id];
      if (typeof value === "string") bump(id, value);
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

  answerCountRows(): Map<string, number> {
    const rows = new Map<string, number>();
    for (const [peers, byQuestion] of this.answers) {
      for (const [question, byOption] of byQuestion) {
        for (const [option, count] of byOption) rows.set([question, option, peers].join(SEP), count);
      }
    }
    return rows;
  }

  /** Adds the counts to the tables (the loader holds off other writers of "Response" and "Score" meanwhile). */
  async apply(client: pg.Client) {
    await upsert(client, "ScoreCount", ["scoringVersion", "industry", "companySize", "metric", "score"], this.scoreCountRows());
    await upsert(client, "AnswerCount", ["questionId", "option", "industry", "companySize", "region", "salesModel"], this.answerCountRows());
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
