// Where a peer-numbers row's three figures sit on its own axis, for the page's and the PDF's chart: 0 is the worse
// end and 1 the better one, so a shorter cycle sits further right like a higher win rate. Rates and percentages
// use a linear axis from zero; money and days a log axis around the figures, so a deal ten times the median still
// leaves the median and the top quarter apart.
import type { PeerNumberRow } from "./peer-numbers";

export interface PeerNumberPositions {
  own: number | null;
  median: number;
  topQuartile: number;
}

export function peerNumberPositions(row: PeerNumberRow): PeerNumberPositions {
  const figures = [row.median, row.topQuartile, ...(row.own === null ? [] : [row.own])];
  const toAxis = row.unit === "money" || row.unit === "days" ? logAxis(figures) : linearAxis(row.unit === "rate" ? 1 : 100, figures);
  const place = (value: number) => {
    const position = Math.min(1, Math.max(0, toAxis(value)));
    return row.lowerIsBetter ? 1 - position : position;
  };
  return { own: row.own === null ? null : place(row.own), median: place(row.median), topQuartile: place(row.topQuartile) };
}

function linearAxis(usualTop: number, figures: number[]) {
  const top = Math.max(usualTop, ...figures.map((figure) => figure * 1.1));
  return (value: number) => value / top;
}

function logAxis(figures: number[]) {
  const positive = figures.filter((figure) => figure > 0);
  if (positive.length === 0) return () => 0.5;
  const low = Math.log(Math.min(...positive) / 1.5);
  const high = Math.log(Math.max(...positive) * 1.5);
  return (value: number) => (value > 0 ? (Math.log(value) - low) / (high - low) : 0);
}
