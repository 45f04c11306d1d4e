// The page's "Since last time" renders on the server to plain markup: nothing for a first report; for a returning
// participant the table and the phone list of the same figures, and per index an SVG image named by its title,
// described by its summary, with one dot per report that has a score.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { trendSummary } from "@/lib/report/trend-chart";
import { retakeReports } from "@/tests/support/retake-personas";
import { SinceLastTime } from "./since-last-time";

const visits = retakeReports("retake-four-visits");
const markup = (index: number) => renderToStaticMarkup(createElement(SinceLastTime, { report: visits[index]!.document }));

describe("SinceLastTime", () => {
  it("renders nothing for a first report", () => {
    expect(markup(0)).toBe("");
  });

  it("draws each index as an accessible SVG, without any script", () => {
    const html = markup(3);
    const since = visits[3]!.document.sinceLastTime!;
    expect(html).not.toMatch(/<script/);
    const svgs = [...html.matchAll(/<svg [^>]*role="img"[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(svgs).toHaveLength(6);
    since.trends.forEach((trend, i) => {
      const svg = svgs[i]![0];
      expect(svg).toContain(`aria-labelledby="trend-${trend.metric}-title" aria-describedby="trend-${trend.metric}-desc"`);
      expect(svg).toContain(`<desc id="trend-${trend.metric}-desc">${trendSummary(trend).replace(/'/g, "&#x27;")}</desc>`);
      expect(svg.match(/<circle /g)).toHaveLength(trend.points.filter((point) => point.score !== null).length);
    });
    expect(html.match(/<tr class="border-b border-line align-top">/g)).toHaveLength(since.rows.length);
    expect(html.match(/<li class="space-y-1 py-3 text-sm">/g)).toHaveLength(since.rows.length);
  });

  it("has no trend charts with two earlier reports", () => {
    expect(markup(2)).toContain("Since last time");
    expect(markup(2)).not.toContain("<svg");
  });
});
