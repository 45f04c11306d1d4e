// The trend chart's plain numbers: time-spaced points on a fixed 0–100 scale, a report without a score breaking the
// line, and the words screen readers get.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Trend } from "./since-last-time-schema";
import { TREND_CHART, timePositions, trendGeometry, trendSummary, trendTitle } from "./trend-chart";

const trend = (points: Trend["points"]): Trend => ({ metric: "overall", label: "Dealmaker Index", points });
const { width, height, left, right, top, bottom } = TREND_CHART;

describe("timePositions", () => {
  it("spaces reports by the time between them", () => {
    expect(timePositions(["2025-01-01T00:00:00Z", "2025-01-04T00:00:00Z", "2025-01-11T00:00:00Z"])).toEqual([0, 0.3, 1]);
  });

  it("spaces them evenly when a date is missing, unreadable or out of order", () => {
    expect(timePositions(["2025-01-01", "2025-03-01", null])).toEqual([0, 0.5, 1]);
    expect(timePositions(["2025-01-01", "soon", "2025-02-01"])).toEqual([0, 0.5, 1]);
    expect(timePositions(["2025-03-01", "2025-01-01", "2025-02-01", "2025-04-01"])).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});

describe("trendGeometry", () => {
  const geometry = trendGeometry(
    trend([
      { date: "2025-01-01T00:00:00Z", score: 0, peerMedian: 50 },
      { date: "2025-07-02T00:00:00Z", score: null, peerMedian: 55 },
      { date: "2025-10-01T00:00:00Z", score: 60, peerMedian: null },
      { date: "2026-01-01T00:00:00Z", score: 100, peerMedian: 60 },
    ]),
  );

  it("puts 0% on the plot's floor and 100% on its ceiling, the first report on the left and the last on the right", () => {
    expect(geometry.plot).toEqual({ left, right: width - right, top, bottom: height - bottom });
    expect(geometry.own.points.map((point) => [point.x, point.y])).toEqual([
      [left, height - bottom],
      [left + ((273 / 365) * (width - right - left)), height - bottom - 0.6 * (height - bottom - top)],
      [width - right, top],
    ]);
    expect(geometry.gridlines).toEqual([
      { y: height - bottom, label: "0%" },
      { y: (height - bottom + top) / 2, label: "50%" },
      { y: top, label: "100%" },
    ]);
    expect(geometry.dateLabels).toEqual([
      { x: left, label: "Jan 2025", anchor: "start" },
      { x: width - right, label: "Jan 2026", anchor: "end" },
    ]);
  });

  it("breaks a line where a report has no figure, and draws a lone point as a dot", () => {
    expect(geometry.own.runs.map((run) => run.map((point) => point.value))).toEqual([[0], [60, 100]]);
    expect(geometry.peers.runs.map((run) => run.map((point) => point.value))).toEqual([[50, 55], [60]]);
  });

  it("keeps every point inside the plot, whatever the scores", () => {
    const point = fc.record({ score: fc.option(fc.integer({ min: 0, max: 100 })), peerMedian: fc.option(fc.integer({ min: 0, max: 100 })) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 8 }), (points) => {
        const drawn = trendGeometry(trend(points.map((p, i) => ({ date: `202${i}-05-01T00:00:00Z`, ...p }))));
        for (const { x, y } of [...drawn.own.points, ...drawn.peers.points]) {
          expect(x).toBeGreaterThanOrEqual(drawn.plot.left);
          expect(x).toBeLessThanOrEqual(drawn.plot.right);
          expect(y).toBeGreaterThanOrEqual(drawn.plot.top);
          expect(y).toBeLessThanOrEqual(drawn.plot.bottom);
        }
        expect(drawn.own.runs.flat()).toEqual(drawn.own.points);
      }),
    );
  });
});

describe("the chart's words", () => {
  it("give the first and last score with the peers' median at the same dates", () => {
    const drawn = trend([
      { date: "2025-03-10T09:30:00.000Z", score: 35, peerMedian: 55 },
      { date: "2025-09-15T14:00:00.000Z", score: 39, peerMedian: 56 },
      { date: null, score: 45, peerMedian: 58 },
    ]);
    expect(trendTitle(drawn)).toBe("Dealmaker Index over your last 3 reports");
    expect(trendSummary(drawn)).toBe("Your score went from 35% (March 10, 2025) to 45% (this report); your peers' median was 55% and 58% at the same dates.");
  });

  it("say a score that ended where it began stayed, and leave out peers not known at both ends", () => {
    const level = trend([
      { date: "2025-03-10T09:30:00.000Z", score: 40, peerMedian: null },
      { date: "2026-03-10T09:30:00.000Z", score: 40, peerMedian: 58 },
    ]);
    expect(trendSummary(level)).toBe("Your score was 40% on March 10, 2025 and on March 10, 2026.");
  });
});
