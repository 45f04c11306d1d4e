// The four sub-indices as bars with the peer median marked, as on the page (components/report/index-bars.tsx).
import { Text, View } from "@react-pdf/renderer";
import { COLORS, styles } from "./pdf-styles";

type Bar = { key: string; name: string; score: number | null; peerMedian: number | null };

export function PdfIndexBars({ bars }: { bars: Bar[] }) {
  return (
    <View>
      {bars.map((bar) => (
        <View key={bar.key} style={[styles.row, { alignItems: "center", marginBottom: 6 }]}>
          <Text style={{ width: 135 }}>{bar.name}</Text>
          <View style={{ flex: 1, height: 11, backgroundColor: COLORS.brandSoft, borderRadius: 2 }}>
            <View style={{ width: `${bar.score ?? 0}%`, height: 11, backgroundColor: COLORS.brand, borderRadius: 2 }} />
            {bar.peerMedian !== null && (
              <View style={{ position: "absolute", left: `${bar.peerMedian}%`, top: -3, width: 2, height: 17, marginLeft: -1, backgroundColor: COLORS.ink }} />
            )}
          </View>
          <Text style={[styles.bold, { width: 44, textAlign: "right" }]}>{bar.score === null ? "n/a" : `${bar.score}%`}</Text>
        </View>
      ))}
      <View style={[styles.row, { alignItems: "center" }]}>
        <View style={{ width: 2, height: 9, backgroundColor: COLORS.ink, marginRight: 5 }} />
        <Text style={[styles.tiny, styles.muted]}>peer median</Text>
      </View>
    </View>
  );
}
