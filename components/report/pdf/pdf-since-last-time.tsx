// The PDF's "Since last time", as on the page: the paragraph, the notes, the table of every figure then and now, and
// with three or more earlier reports a trend chart per index (react-pdf's own SVG) with its figures in words below.
import { Circle, Line, Polyline, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { columnDate, formatChange, formatPoint } from "@/lib/report/change-format";
import type { ReportDocument } from "@/lib/report/document";
import type { ChangeRow, SinceLastTime, Trend } from "@/lib/report/since-last-time-schema";
import { TREND_CHART, shortDate, trendGeometry, type ChartPoint } from "@/lib/report/trend-chart";
import { COLORS, styles } from "./pdf-styles";
import { PdfTable, type PdfColumn } from "./pdf-table";

const CHART_WIDTH = 240;
const SCALE = CHART_WIDTH / TREND_CHART.width;
const VERDICT_COLOR: Partial<Record<ChangeRow["verdict"], string>> = { improved: COLORS.KEEP, declined: COLORS.STOP };

const withPeers = (row: ChangeRow, when: "then" | "now") => {
  const peers = formatPoint(row, when, "peerMedian");
  return peers === "—" ? formatPoint(row, when, "value") : `${formatPoint(row, when, "value")}\npeers ${peers}`;
};

function columnsFor(since: SinceLastTime): PdfColumn<ChangeRow>[] {
  return [
    { header: "Figure", weight: 2.2, align: "left", cell: (row) => row.label, cellStyle: () => styles.bold },
    { header: columnDate(since.previous.completedAt, "Last time"), weight: 1.5, align: "left", cell: (row) => withPeers(row, "then") },
    { header: columnDate(since.completedAt, "This report"), weight: 1.5, align: "left", cell: (row) => withPeers(row, "now") },
    { header: "Change", weight: 1.5, align: "left", cell: (row) => formatChange(row) ?? "—" },
    {
      header: "Meaningful?",
      weight: 2.4,
      align: "left",
      cell: (row) => row.verdictText,
      cellStyle: (row) => (VERDICT_COLOR[row.verdict] ? { fontFamily: "Helvetica-Bold", color: VERDICT_COLOR[row.verdict] } : { color: COLORS.muted }),
    },
  ];
}

const line = (run: ChartPoint[]) => run.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(" ");

function PdfTrend({ trend }: { trend: Trend }) {
  const at = trendGeometry(trend);
  const label = (y: number) => ({ position: "absolute" as const, left: 0, width: (at.plot.left - 5) * SCALE, top: y * SCALE - 4, textAlign: "right" as const });
  return (
    <View wrap={false} style={{ width: CHART_WIDTH, marginBottom: 10 }}>
      <Text style={[styles.bold, { fontSize: 9.5, lineHeight: 1.35 }]}>{trend.label}</Text>
      <View style={{ width: CHART_WIDTH, height: TREND_CHART.height * SCALE }}>
        <Svg width={CHART_WIDTH} height={TREND_CHART.height * SCALE} viewBox={`0 0 ${TREND_CHART.width} ${TREND_CHART.height}`}>
          {at.gridlines.map((grid) => (
            <Line key={grid.label} x1={at.plot.left} x2={at.plot.right} y1={grid.y} y2={grid.y} stroke={COLORS.line} strokeWidth={1} />
          ))}
          {at.peers.runs.map((run, i) => (
            <Polyline key={`peers-${i}`} points={line(run)} fill="none" stroke={COLORS.ink} strokeWidth={1.5} strokeDasharray="4 3" />
          ))}
          {at.peers.points.map((point, i) => (
            <Rect key={`peer-${i}`} x={point.x - 2.5} y={point.y - 2.5} width={5} height={5} fill={COLORS.ink} />
          ))}
          {at.own.runs.map((run, i) => (
            <Polyline key={`own-${i}`} points={line(run)} fill="none" stroke={COLORS.brandStrong} strokeWidth={2.5} />
          ))}
          {at.own.points.map((point, i) => (
            <Circle key={`own-${i}`} cx={point.x} cy={point.y} r={4} fill={COLORS.brandStrong} stroke="#ffffff" strokeWidth={1.5} />
          ))}
        </Svg>
        {at.gridlines.map((grid) => (
          <Text key={grid.label} style={[styles.tiny, styles.muted, label(grid.y)]}>
            {grid.label}
          </Text>
        ))}
        {at.dateLabels.map((date) => (
          <Text
            key={date.anchor}
            style={[styles.tiny, styles.muted, { position: "absolute", top: (TREND_CHART.height - 18) * SCALE, width: 80, textAlign: date.anchor === "start" ? "left" : "right", left: date.anchor === "start" ? date.x * SCALE : date.x * SCALE - 80 }]}
          >
            {date.label}
          </Text>
        ))}
      </View>
      <Text style={[styles.tiny, styles.muted]}>
        {trend.points.map((point) => `${shortDate(point.date)}: ${point.score === null ? "n/a" : `${point.score}%`} (peers ${point.peerMedian === null ? "n/a" : `${point.peerMedian}%`})`).join(" · ")}
      </Text>
    </View>
  );
}

export function PdfSinceLastTime({ report }: { report: ReportDocument }) {
  const since = report.sinceLastTime;
  if (!since) return null;
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={120}>
        Since last time
      </Text>
      {since.paragraphs.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {since.notes.map((note) => (
        <Text key={note.key} style={[styles.paragraph, styles.small, styles.muted]}>
          {note.text}
        </Text>
      ))}
      <PdfTable columns={columnsFor(since)} rows={since.rows} rowKey={(row) => row.metric} />
      <Text style={[styles.tiny, styles.muted, { marginTop: 4, marginBottom: 6 }]}>
        A change counts as meaningful when it is at least half the distance between your peers&apos; median and the edge of their best quarter in
        the earlier report.
      </Text>
      {since.trends.length > 0 && (
        <View>
          {/* The heading and its legend stay with the first row of charts. */}
          <Text style={styles.h3} minPresenceAhead={190}>
            Your indices over your last {since.trends[0]!.points.length} reports
          </Text>
          <Text style={[styles.tiny, styles.muted, { marginBottom: 4 }]} minPresenceAhead={170}>Solid line and dots: you · dashed line and squares: your peers&apos; median</Text>
          <View style={{ flexDirection: "row", flexWrap: "wrap", justifyContent: "space-between" }}>
            {since.trends.map((trend) => (
              <PdfTrend key={trend.metric} trend={trend} />
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
