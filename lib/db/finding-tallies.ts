/**
 * Changes to the admin Findings' tallies, added up in memory and written in two statements (decision 023):
 *
 *   const tallies = new FindingTallies();
 *   tallies.add(entry, +1 | -1)        // each entry counts in every grain for each of its answers
 *   await tallies.apply(query)         // under the advisory lock 'findings' its callers hold
 *
 * The same cells the findings migration's "applyFindingChanges"() counts, at a fraction of the cost: in SQL every
 * entry became 1,250 rows to group (a fold took milliseconds per response); here it is 1,250 additions.
 * The fold (findings.ts) and the bulk loader (lib/demo/demo-findings.ts) write through this.
 */
import "server-only";
import { DIMENSIONS } from "@/lib/admin/dashboard-dimensions";
import { FINDING_OUTCOME_BINS, FINDING_OUTCOMES, FINDING_RESPONSES_SLOT, FINDING_WIDTH } from "./finding-layout";
import type { Query } from "./score-histograms";

/** A "FindingEntry" row without its response id. */
export interface FindingEntryRow {
  industry: string;
  companySize: string;
  region: string;
  salesModel: string;
  overall: number | null;
  unitWinRateBin: number | null;
  cycleDaysBin: number | null;
  quotaAttainmentBin: number | null;
  /** Per finding question, its answer's slot or 0. */
  answers: readonly number[];
}

/** Above every answer slot (smallint). */
const SLOT_RANGE = 32_768;

const BIN_COLUMN = {
  overall: "overall",
  unitWinRate: "unitWinRateBin",
  cycleDays: "cycleDaysBin",
  quotaAttainment: "quotaAttainmentBin",
} as const;

/** The 1-based subscripts an entry adds one to in each of its answers' rows. */
export function findingCountSlots(entry: FindingEntryRow): number[] {
  return [
    FINDING_RESPONSES_SLOT,
    ...FINDING_OUTCOMES.flatMap((outcome) => {
      const bin = entry[BIN_COLUMN[outcome]];
      return bin === null ? [] : [FINDING_OUTCOME_BINS[outcome].first + bin];
    }),
  ];
}

export class FindingTallies {
  /** Each grain ("dimension\u0001value") seen, by number. */
  private readonly grains = new Map<string, number>();
  /** grain number × SLOT_RANGE + answer slot → change, subscript s at index s − 1. */
  private readonly changes = new Map<number, Int32Array>();

  private grainOf(dimension: string, value: string): number {
    const key = `${dimension}\u0001${value}`;
    let grain = this.grains.get(key);
    if (grain === undefined) this.grains.set(key, (grain = this.grains.size));
    return grain;
  }

  add(entry: FindingEntryRow, sign: 1 | -1) {
    const countSlots = findingCountSlots(entry);
    const grains = [this.grainOf("*", "*"), ...DIMENSIONS.map((dimension) => this.grainOf(dimension, entry[dimension]))];
    for (const slot of entry.answers) {
      if (slot <= 0) continue;
      for (const grain of grains) {
        const key = grain * SLOT_RANGE + slot;
        let counts = this.changes.get(key);
        if (!counts) this.changes.set(key, (counts = new Int32Array(FINDING_WIDTH)));
        for (const countSlot of countSlots) counts[countSlot - 1]! += sign;
      }
    }
  }

  /** Adds each row's non-zero changes to it (a row of zeros first where there is none). */
  async apply(query: Query) {
    const grainNames = [...this.grains.keys()];
    const rows: { dimension: string; value: string; slot: number; slots: string; deltas: string }[] = [];
    for (const [key, counts] of this.changes) {
      const slots: number[] = [];
      const deltas: number[] = [];
      counts.forEach((count, i) => {
        if (count !== 0) {
          slots.push(i + 1);
          deltas.push(count);
        }
      });
      if (!slots.length) continue;
      const [dimension, value] = grainNames[Math.floor(key / SLOT_RANGE)]!.split("\u0001") as [string, string];
      rows.push({ dimension, value, slot: key % SLOT_RANGE, slots: `{${slots.join(",")}}`, deltas: `{${deltas.join(",")}}` });
    }
    this.changes.clear();
    this.grains.clear();
    if (!rows.length) return;
    const params = [rows.map((r) => r.dimension), rows.map((r) => r.value), rows.map((r) => r.slot), rows.map((r) => r.slots), rows.map((r) => r.deltas)];
    const unnested = `unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS u(d, v, s, slots, deltas)`;
    await query(
      `INSERT INTO "FindingTally" ("dimension", "value", "slot", "counts")
       SELECT u.d, u.v, u.s, array_fill(0, ARRAY[${FINDING_WIDTH}]) FROM ${unnested} ON CONFLICT DO NOTHING`,
      params,
    );
    await query(
      `UPDATE "FindingTally" AS t SET "counts" = "addToSlots"(t."counts", u.slots::int[], u.deltas::int[])
         FROM ${unnested} WHERE t."dimension" = u.d AND t."value" = u.v AND t."slot" = u.s`,
      params,
    );
  }
}
