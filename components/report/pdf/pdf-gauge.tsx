// The page's half-circle gauge (components/report/gauge.tsx) drawn with react-pdf's SVG.
import { Line, Path, Svg, Text, View } from "@react-pdf/renderer";
import { COLORS } from "./pdf-styles";

const WIDTH = 140;
const SCALE = WIDTH / 200;
const ARC = "M 20 100 A 80 80 0 0 1 180 100";

function point(percent: number, radius: number) {
  const angle = Math.PI * (1 - percent / 100);
  return { x: 100 + radius * Math.cos(angle), y: 100 - radius * Math.sin(angle) };
}

/** The arc from 0 up to `percent`; under 180 degrees, so the small-arc flag always holds. */
function filledArc(percent: number) {
  const end = point(percent, 80);
  return `M 20 100 A 80 80 0 0 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`;
}

export function PdfGauge({ value, peerMedian }: { value: number | null; peerMedian: number | null }) {
  const inner = peerMedian === null ? null : point(peerMedian, 66);
  const outer = peerMedian === null ? null : point(peerMedian, 94);
  return (
    <View style={{ width: WIDTH, height: 118 * SCALE }}>
      <Svg width={WIDTH} height={118 * SCALE} viewBox="0 0 200 118">
        <Path d={ARC} fill="none" stroke={COLORS.brandSoft} strokeWidth={18} strokeLinecap="round" />
        {value !== null && value > 0 && <Path d={filledArc(value)} fill="none" stroke={COLORS.brand} strokeWidth={18} strokeLinecap="round" />}
        {inner && outer && <Line x1={inner.x} y1={inner.y} x2={outer.x} y2={outer.y} stroke={COLORS.ink} strokeWidth={3} />}
      </Svg>
      <Text style={{ position: "absolute", left: 0, right: 0, top: 40, textAlign: "center", fontSize: 23, lineHeight: 1.2, fontFamily: "Helvetica-Bold" }}>
        {value === null ? "n/a" : `${value}%`}
      </Text>
    </View>
  );
}
