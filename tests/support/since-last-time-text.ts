// The "Since last time" part as plain text for the golden reports: each row's figures then and now with the peers'
// median at both dates, the change, the size it needed and the verdict; then each trend's points and summary.
import type { ReportDocument } from "@/lib/report/document";
import { formatChange, formatPoint } from "@/lib/report/change-format";
import { shortDate, trendSummary, trendTitle } from "@/lib/report/trend-chart";

export function sinceLastTimeText(lines: string[], report: ReportDocument): void {
  const since = report.sinceLastTime;
  if (!since) return;
  lines.push(
    "",
    `## Since last time (against the report of ${since.previous.completedAt}; this report ${since.completedAt ?? "undated"}; ${since.earlierReports} earlier)`,
    ...since.paragraphs.map((p) => p.text),
    ...since.notes.map((note) => `(${note.text})`),
  );
  for (const row of since.rows) {
    const needed = row.threshold === null ? "no yardstick" : `needed ${Number(row.threshold.toPrecision(3))}`;
    lines.push(
      `- ${row.label}: ${formatPoint(row, "then", "value")} → ${formatPoint(row, "now", "value")} (${formatChange(row) ?? "not compared"}); ` +
        `peer median ${formatPoint(row, "then", "peerMedian")} → ${formatPoint(row, "now", "peerMedian")}; ${needed}; ${row.verdictText}`,
    );
  }
  for (const trend of since.trends) {
    const points = trend.points.map((p) => `${shortDate(p.date)} ${p.score ?? "n/a"}% (peers ${p.peerMedian ?? "n/a"}%)`).join(" · ");
    lines.push("", `### ${trendTitle(trend)}`, points, trendSummary(trend));
  }
}
