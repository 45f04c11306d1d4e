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

/** The chart of one row, in the units the page's SVG and the PDF's both draw in (its width × 24). */
export const PEER_CHART_WIDTH = 300;
const PEER_CHART_PAD = 8;

export interface PeerChartGeometry {
  /** Where the axis line starts and ends. */
  axis: { from: number; to: number };
  /** The band from the median to the best quarter's edge. */
  band: { x: number; width: number };
  median: number;
  topQuartile: number;
  own: number | null;
}

export function peerChartGeometry(row: PeerNumberRow): PeerChartGeometry {
  const at = peerNumberPositions(row);
  const x = (position: number) => PEER_CHART_PAD + position * (PEER_CHART_WIDTH - 2 * PEER_CHART_PAD);
  const [from, to] = [Math.min(at.median, at.topQuartile), Math.max(at.median, at.topQuartile)];
  return {
    axis: { from: PEER_CHART_PAD, to: PEER_CHART_WIDTH - PEER_CHART_PAD },
    band: { x: x(from), width: Math.max(1, x(to) - x(from)) },
    median: x(at.median),
    topQuartile: x(at.topQuartile),
    own: at.own === null ? null : x(at.own),
  };
}
