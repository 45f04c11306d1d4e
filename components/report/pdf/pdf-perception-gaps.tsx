// The executive summary's short list of perception gaps, as on the page; each is explained in its section.
import { Text, View } from "@react-pdf/renderer";
import type { PerceptionGapNote } from "@/lib/report/document";
import { gapsForSummary } from "@/lib/report/perception-gap-notes";
import { COLORS, styles } from "./pdf-styles";

export function PdfPerceptionGaps({ gaps: all }: { gaps: PerceptionGapNote[] | undefined }) {
  const gaps = gapsForSummary(all);
  if (gaps.length === 0) return null;
  return (
    <View wrap={false} style={[styles.card, { borderLeftWidth: 3, borderLeftColor: COLORS.CHANGE, marginTop: 6 }]}>
      <Text style={styles.h3}>Where your answers and your figures disagree</Text>
      {gaps.map((gap) => (
        <Text key={`${gap.rule}:${gap.where}`} style={styles.small}>
          • {gap.headline}
        </Text>
      ))}
    </View>
  );
}
