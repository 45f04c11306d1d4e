// For a bulk load with the aggregate triggers off: the "ScoreHistogram" and "AnswerCount" rows the loaded rows add,
// counted in JavaScript while the rows are generated, then added to the tables at the end. The same keys the
// triggers use: the scores' histograms as demo-score-histograms.ts counts them; a completed response counts
// ("*", "*") and its string answer to each counted question, under its four peer keys ("" when missing), as the
// admin_stat_columns migration does. Counting a million this way takes seconds; a recount in SQL took minutes
// (decision 008a).
import type pg from "pg";
import type { ScoreRowColumns } from "@/lib/db/score-columns";
import { ScoreHistogramCounter } from "./demo-score-histograms";

const SEP = "\u0001";

export interface ResponseKeys {
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export class AggregateCounter {
  private readonly scores = new ScoreHistogramCounter();
  /** Completed responses by their four peer keys, then question, then option. */
  private readonly answers = new Map<string, Map<string, Map<string, number>>>();

  /** `countedQuestions`: the database's "answerCountQuestions"(), so both ways count the same questions. */
  constructor(private readonly countedQuestions: readonly string[]) {}

  addScore(score: ScoreRowColumns) {
    this.scores.addScore(score);
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
    await this.scores.apply(client);
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
