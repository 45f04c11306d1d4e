// The bin functions of the hard_number_counts and answer_figure_bins migrations put every figure in the bin lib/scoring puts it in, at the
// bounds and a hair either side of them too: the triggers' counts and the bulk loader's counts depend on it.
import { describe, expect, it } from "vitest";
import { BINNED_FIGURE_BINS, type BinnedFigure } from "@/lib/scoring";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { db } from "./client";

withMigratedDatabase();

/** The doubles just below and just above x. */
function neighbours(x: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  return [bits - 1n, bits + 1n].map((next) => {
    view.setBigUint64(0, next);
    return view.getFloat64(0);
  });
}

const SQL_BIN: Record<BinnedFigure, string> = {
  unitWinRate: `"rateBin"(v)`,
  valueWinRate: `"rateBin"(v)`,
  averageDeal: `"moneyBin"(v)`,
  cycleDays: `"daysBin"(v)`,
  quotaAttainment: `"percentBin"(v, 500)`,
  sellersAtQuota: `"percentBin"(v, 100)`,
  velocity: `"moneyBin"(v)`,
  opportunities: `"countBin"(v)`,
  wonCount: `"countBin"(v)`,
  lostCount: `"countBin"(v)`,
  openCount: `"countBin"(v)`,
  wonValue: `"moneyBin"(v)`,
  lostValue: `"moneyBin"(v)`,
  openValue: `"moneyBin"(v)`,
};
const FIGURES = Object.keys(SQL_BIN) as BinnedFigure[];

function edgeValues(metric: BinnedFigure): number[] {
  const scale = BINNED_FIGURE_BINS[metric];
  const values: number[] = [0];
  if (scale.kind === "centred") {
    for (const value of [...scale.thresholds, ...scale.centres]) values.push(value, ...neighbours(value));
  } else {
    const unit = scale.kind === "rate" ? 100 : 1;
    for (let bin = 0; bin < scale.count; bin++) {
      const bound = (bin + 0.5) / unit;
      values.push(bin / unit, bound, ...neighbours(bound));
    }
    // Win rates as they arise, won ÷ (won + lost).
    if (scale.kind === "rate") for (let total = 1; total <= 200; total++) for (let won = 0; won <= total; won++) values.push(won / total);
  }
  return values.filter((value) => value >= 0);
}

describe("the hard-number bin functions in SQL", () => {
  it.each(FIGURES)("bin %s exactly as lib/scoring does", async (metric) => {
    const values = edgeValues(metric);
    const rows = await db().$queryRawUnsafe<{ v: number; bin: number }[]>(
      `SELECT v, ${SQL_BIN[metric]} AS bin FROM unnest($1::float8[]) AS v`,
      values,
    );
    expect(rows.map((row) => row.v)).toEqual(values);
    expect(rows.map((row) => row.bin)).toEqual(values.map(BINNED_FIGURE_BINS[metric].binOf));
  });

  it("leave a missing figure unbinned", async () => {
    const [row] = await db().$queryRaw<Record<string, number | null>[]>`
      SELECT "rateBin"(NULL) AS rate, "percentBin"(NULL, 100) AS percent, "moneyBin"(NULL) AS money, "daysBin"(NULL) AS days,
        "countBin"(NULL) AS count`;
    expect(row).toEqual({ rate: null, percent: null, money: null, days: null, count: null });
  });
});
