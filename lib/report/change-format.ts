// How the "Since last time" figures read, on the page, in the PDF and in its sentences. A change is worked out from
// the two figures as printed, so "from 24.4% to 31.3%" is never followed by a change a reader cannot redo.
import { formatDays, formatMoney, formatPercent, formatRate, roundMoney } from "./format";
import type { ChangeRow, ChangeUnit } from "./since-last-time-schema";

/** The figure as printed: whole percents, rates to a tenth of a point, whole days and currency units. */
function printed(unit: ChangeUnit, value: number): number {
  if (unit === "rate") return Math.round(value * 1000) / 10;
  return Math.round(value);
}

/** One figure in its unit; a peer's money to three significant figures, as the peer comparison prints it. */
export function formatFigure(unit: ChangeUnit, value: number, currency: string | null = null, peer = false): string {
  switch (unit) {
    case "index":
      return formatPercent(value);
    case "rate":
      return formatRate(value);
    case "money":
      return formatMoney(peer ? roundMoney(value) : value, currency);
    case "days":
      return formatDays(value);
    case "percent":
      return formatPercent(value);
  }
}

function points(value: number): string {
  const shown = Number(value.toFixed(1));
  return `${shown} point${shown === 1 ? "" : "s"}`;
}

/** "up 7 points", "down 12 days", "up $4,000", "no change"; null when the two figures are not comparable. */
export function formatChange(row: Pick<ChangeRow, "unit" | "then" | "now" | "change" | "currencies">): string | null {
  if (row.change === null || row.then.value === null || row.now.value === null) return null;
  const difference = printed(row.unit, row.now.value) - printed(row.unit, row.then.value);
  if (difference === 0) return "no change";
  const size = Math.abs(difference);
  const amount =
    row.unit === "money" ? formatMoney(size, row.currencies?.now ?? null) : row.unit === "days" ? formatDays(size) : points(size);
  return `${difference > 0 ? "up" : "down"} ${amount}`;
}

/** A row's figure at one date, or a dash. */
export function formatPoint(row: ChangeRow, when: "then" | "now", field: "value" | "peerMedian"): string {
  const value = row[when][field];
  if (value === null) return "—";
  return formatFigure(row.unit, value, row.currencies?.[when] ?? null, field === "peerMedian");
}

const mediumDate = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

/** A report's date as a column heading ("Mar 9, 2026"), or `fallback` when it is not known. */
export function columnDate(iso: string | null, fallback: string): string {
  const time = iso === null ? Number.NaN : new Date(iso).getTime();
  return Number.isNaN(time) ? fallback : mediumDate.format(time);
}
