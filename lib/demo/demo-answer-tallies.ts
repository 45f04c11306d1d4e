// For a bulk load with the triggers off: the "AnswerTally" counts the loaded completed responses add, counted in
// JavaScript while the rows are generated and added to the table at the end, as the answer_tallies migration's
// triggers count them: per combination of the four peer keys ("" when missing), slot 1 for the response and the
// slot of its string answer to each question of the database's layout ("answerTallyLayout"(), read by the loader,
// so both ways count the same options; an option the layout lacks counts nowhere). Decision 008a.
import type pg from "pg";
import { RESPONSES_SLOT, type AnswerTallySlot } from "@/lib/db/answer-tally-layout";

const SEP = "\u0001";

export interface ResponseKeys {
  industry: string | null;
  companySize: string | null;
  region: string | null;
  salesModel: string | null;
}

/** The layout as the database holds it. */
export async function readAnswerTallyLayout(client: pg.Client): Promise<AnswerTallySlot[]> {
  const { rows } = await client.query<AnswerTallySlot>(`SELECT slot, "questionId", option FROM "answerTallyLayout"() ORDER BY slot`);
  return rows;
}

export class AnswerTallyCounter {
  /** Question → option → slot, without the responses' own slot. */
  private readonly slotOf = new Map<string, Map<string, number>>();
  private readonly width: number;
  /** Peer keys joined by SEP → counts, slot s at index s - 1. */
  private readonly tallies = new Map<string, Int32Array>();

  constructor(layout: readonly AnswerTallySlot[]) {
    this.width = Math.max(...layout.map((slot) => slot.slot));
    for (const { slot, questionId, option } of layout) {
      if (slot === RESPONSES_SLOT) continue;
      let options = this.slotOf.get(questionId);
      if (!options) this.slotOf.set(questionId, (options = new Map()));
      options.set(option, slot);
    }
  }

  addCompletedResponse(answers: Record<string, unknown>, keys: ResponseKeys) {
    const peers = [keys.industry, keys.companySize, keys.region, keys.salesModel].map((key) => key ?? "").join(SEP);
    let counts = this.tallies.get(peers);
    if (!counts) this.tallies.set(peers, (counts = new Int32Array(this.width)));
    counts[RESPONSES_SLOT - 1]! += 1;
    for (const [questionId, options] of this.slotOf) {
      const value = answers[questionId];
      const slot = typeof value === "string" ? options.get(value) : undefined;
      if (slot !== undefined) counts[slot - 1]! += 1;
    }
  }

  /** Each peer-key combination's counts, slot s at index s - 1. */
  rows(): { industry: string; companySize: string; region: string; salesModel: string; counts: number[] }[] {
    return [...this.tallies].map(([peers, counts]) => {
      const [industry, companySize, region, salesModel] = peers.split(SEP) as [string, string, string, string];
      return { industry, companySize, region, salesModel, counts: [...counts] };
    });
  }

  /**
   * Adds the counts to the table (the loader holds off other writers of "Response" meanwhile): missing rows made
   * with zeros, then each row's non-zero slots added with the triggers' own "addToSlots".
   */
  async apply(client: pg.Client) {
    const rows = this.rows();
    if (!rows.length) return;
    const keys = (["industry", "companySize", "region", "salesModel"] as const).map((key) => rows.map((row) => row[key]));
    const sparse = rows.map((row) => row.counts.flatMap((count, i) => (count ? [[i + 1, count]] : [])));
    const literal = (values: number[]) => `{${values.join(",")}}`;
    await client.query(
      `INSERT INTO "AnswerTally" ("industry", "companySize", "region", "salesModel", "counts")
       SELECT i, s, r, m, array_fill(0, ARRAY["answerTallyWidth"()]) FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(i, s, r, m)
       ON CONFLICT DO NOTHING`,
      keys,
    );
    await client.query(
      `UPDATE "AnswerTally" AS t SET "counts" = "addToSlots"(t."counts", u.slots::int[], u.deltas::int[])
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(i, s, r, m, slots, deltas)
        WHERE t."industry" = u.i AND t."companySize" = u.s AND t."region" = u.r AND t."salesModel" = u.m`,
      [...keys, sparse.map((pairs) => literal(pairs.map(([slot]) => slot!))), sparse.map((pairs) => literal(pairs.map(([, count]) => count!)))],
    );
  }
}
