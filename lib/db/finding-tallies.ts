/**
 * Changes to the admin Findings' tallies, added up in memory and written in two statements (decision 023):
 *
 *   const tallies = new FindingTallies();
 *   tallies.add(entry, +1 | -1)        // each entry counts in every grain for each of its answers
 *   await tallies.apply(query)         // under the advisory lock 'findings' its callers hold
 *
 * The same cells the findings migration's "applyFindingChanges"() counts, at a fraction of the cost: in SQL every
 * entry became 50 answers × 11 grains × 5 counts rows to group (a fold took milliseconds per response); here they
 * are additions.
 * The fold (findings.ts) and the bulk loader (lib/demo/demo-findings.ts) write through this.
 */
import "server-only";
import {
  FINDING_GRAINS,
  FINDING_OUTCOME_BINS,
  FINDING_OUTCOMES,
  FINDING_RESPONSES_SLOT,
  FINDING_WIDTH,
  grainDimension,
  grainValue,
} from "./finding-layout";
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
    const grains = FINDING_GRAINS.map((keys) => this.grainOf(grainDimension(keys), grainValue(keys.map((key) => entry[key]))));
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
    const columns = (of: typeof rows) => [of.map((r) => r.dimension), of.map((r) => r.value), of.map((r) => r.slot), of.map((r) => r.slots), of.map((r) => r.deltas)];
    const unnested = `unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS u(d, v, s, slots, deltas)`;
    // Rows that exist take their change; the others are made with it, each row written once.
    const updated = await query(
      `UPDATE "FindingTally" AS t SET "counts" = "addToSlots"(t."counts", u.slots::int[], u.deltas::int[])
         FROM ${unnested} WHERE t."dimension" = u.d AND t."value" = u.v AND t."slot" = u.s
       RETURNING t."dimension", t."value", t."slot"`,
      columns(rows),
    );
    const done = new Set(updated.map((row) => `${row.dimension as string}\u0001${row.value as string}\u0001${row.slot as number}`));
    const missing = rows.filter((r) => !done.has(`${r.dimension}\u0001${r.value}\u0001${r.slot}`));
    if (!missing.length) return;
    await query(
      `INSERT INTO "FindingTally" ("dimension", "value", "slot", "counts")
       SELECT u.d, u.v, u.s, "addToSlots"(array_fill(0, ARRAY[${FINDING_WIDTH}]), u.slots::int[], u.deltas::int[]) FROM ${unnested}`,
      columns(missing),
    );
  }
}
