// For a bulk load with the triggers off: the admin Findings' entries and tallies of the loaded completed responses,
// made in JavaScript while the rows are generated, exactly as the findings migration's "findingEntry"() and folds
// make them (decision 023): peer keys ('' when not given), the outcome bins of lib/scoring/hard-number-bins.ts (the
// same bins as the SQL functions), and each Part C/D answer's slot in the database's own layout (read from
// "answerTallyLayout"() and "findingQuestionIds"(), so both count the same options), added up by the same
// FindingTallies as the fold. A recount in SQL would expand every response's answers per grain: minutes at a million,
// where this adds seconds. A test compares the two.
import type pg from "pg";
import { HARD_NUMBER_BINS } from "@/lib/scoring";
import type { ScoreRowColumns } from "@/lib/db/score-columns";
import { FindingTallies, type FindingEntryRow } from "@/lib/db/finding-tallies";
import { copyCell } from "./demo-rows";
import type { ResponseKeys } from "./demo-answer-tallies";

export const FINDING_ENTRY_COPY_COLUMNS = [
  "responseId", "industry", "companySize", "region", "salesModel", "overall", "unitWinRateBin", "cycleDaysBin",
  "quotaAttainmentBin", "answers",
] as const;

export class FindingCounter {
  /** For each finding question in the database's order, its options' slots. */
  private readonly questions: { id: string; slots: Map<string, number> }[];
  private readonly tallies = new FindingTallies();

  constructor(questionIds: readonly string[], layout: readonly { slot: number; questionId: string; option: string }[]) {
    this.questions = questionIds.map((id) => ({
      id,
      slots: new Map(layout.filter((slot) => slot.questionId === id).map((slot) => [slot.option, slot.slot])),
    }));
  }

  static async read(client: pg.Client): Promise<FindingCounter> {
    const [{ rows: ids }, { rows: layout }] = await Promise.all([
      client.query<{ ids: string[] }>(`SELECT "findingQuestionIds"() AS ids`),
      client.query<{ slot: number; questionId: string; option: string }>(`SELECT slot, "questionId", option FROM "answerTallyLayout"()`),
    ]);
    return new FindingCounter(ids[0]!.ids, layout);
  }

  /** Counts one completed response in; its "FindingEntry" COPY line. */
  addCompletedResponse(responseId: string, answers: Record<string, unknown>, keys: ResponseKeys, score: ScoreRowColumns): string {
    const bin = (value: number | null, scale: { binOf(value: number): number }) => (value === null ? null : scale.binOf(value));
    const entry: FindingEntryRow = {
      industry: keys.industry ?? "",
      companySize: keys.companySize ?? "",
      region: keys.region ?? "",
      salesModel: keys.salesModel ?? "",
      overall: score.overall,
      unitWinRateBin: bin(score.unitWinRate, HARD_NUMBER_BINS.unitWinRate),
      cycleDaysBin: bin(score.cycleDays, HARD_NUMBER_BINS.cycleDays),
      quotaAttainmentBin: bin(score.quotaAttainment, HARD_NUMBER_BINS.quotaAttainment),
      answers: this.questions.map(({ id, slots }) => {
        const value = answers[id];
        return typeof value === "string" ? (slots.get(value) ?? 0) : 0;
      }),
    };
    this.tallies.add(entry, 1);
    const cells = [responseId, entry.industry, entry.companySize, entry.region, entry.salesModel, entry.overall, entry.unitWinRateBin, entry.cycleDaysBin, entry.quotaAttainmentBin];
    return `${[...cells.map(copyCell), `{${entry.answers.join(",")}}`].join("\t")}\n`;
  }

  /** Adds the counts to "FindingTally" (the loader's transaction holds off other writers of the two tables meanwhile). */
  async apply(client: pg.Client) {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('findings'))`);
    await this.tallies.apply(async (sql, params) => (await client.query(sql, params)).rows);
  }
}
