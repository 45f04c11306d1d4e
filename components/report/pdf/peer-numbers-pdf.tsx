// The PDF's counterpart of components/report/peer-numbers.tsx: the same rows, drawing and sentences.
import { Circle, Line, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { PEER_CHART_WIDTH, peerChartGeometry } from "@/lib/report/peer-number-scale";
import type { PeerNumberRow, PeerNumbersReport } from "@/lib/report/peer-numbers";
import { COLORS, styles } from "./pdf-styles";

/** The web palette's brand-strong (app/globals.css), which pdf-styles does not carry. */
const BRAND_STRONG = "#1e3a8a";

function RowChart({ row }: { row: PeerNumberRow }) {
  const at = peerChartGeometry(row);
  return (
    <Svg width={PEER_CHART_WIDTH} height={24}>
      <Line x1={at.axis.from} x2={at.axis.to} y1={12} y2={12} stroke={COLORS.line} strokeWidth={2} />
      <Rect x={at.band.x} y={6} width={at.band.width} height={12} fill={COLORS.brandSoft} />
      <Rect x={at.topQuartile - 1} y={4} width={2} height={16} fill={COLORS.brand} />
      <Rect x={at.median - 1} y={2} width={2} height={20} fill={COLORS.ink} />
      {at.own !== null && <Circle cx={at.own} cy={12} r={6} fill={BRAND_STRONG} stroke="#ffffff" strokeWidth={2} />}
    </Svg>
  );
}

export function PeerNumbersPdf({ peerNumbers }: { peerNumbers: PeerNumbersReport | undefined }) {
  if (!peerNumbers) return null;
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={120}>
        Your numbers against your peers
      </Text>
      {peerNumbers.rows.length > 0 && (
        <Text style={[styles.muted, { fontSize: 8, marginBottom: 4 }]}>
          Dot: you · black line: peer median · shaded: median to the best quarter · further right is better
        </Text>
      )}
      {peerNumbers.rows.map((row) => (
        <View key={row.metric} style={styles.paragraph} wrap={false}>
          <View style={[styles.row, { marginBottom: 0 }]}>
            <Text style={{ width: 110, fontFamily: "Helvetica-Bold" }}>{row.label}</Text>
            <RowChart row={row} />
          </View>
          <Text>{row.text}</Text>
        </View>
      ))}
      {peerNumbers.notes.map((note) => (
        <Text key={note.key} style={[styles.paragraph, styles.muted]}>
          {note.text}
        </Text>
      ))}
    </View>
  );
}
