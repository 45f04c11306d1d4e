import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MonthTrend } from "./month-trend";

const months = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ month: `20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, started: i + 1, completed: i }));
const labels = (html: string) => [...html.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), anchor: m[2], month: m[3] }));

describe("MonthTrend", () => {
  it("always labels the latest month, anchored inside the chart's right edge", () => {
    for (const count of [1, 5, 12, 18, 23]) {
      const shown = labels(renderToStaticMarkup(createElement(MonthTrend, { months: months(count) })));
      const last = months(count).at(-1)!.month;
      expect(shown.at(-1)).toMatchObject({ month: last });
      expect(shown.every((label) => label.x >= 0 && label.x <= 600)).toBe(true);
      const edge = shown.at(-1)!;
      expect(edge.anchor === "end" ? edge.x === 600 : edge.x + 22 <= 600).toBe(true);
      expect(shown.length).toBeLessThanOrEqual(9);
    }
  });
});
