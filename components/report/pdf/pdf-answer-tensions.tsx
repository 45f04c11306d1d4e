// The executive summary's short list of answers that disagree, as on the page; each is weighed in its section.
import { Text, View } from "@react-pdf/renderer";
import type { AnswerTensionNote } from "@/lib/report/document";
import { COLORS, styles } from "./pdf-styles";

export function PdfAnswerTensions({ tensions }: { tensions: AnswerTensionNote[] | undefined }) {
  if (!tensions || tensions.length === 0) return null;
  return (
    <View wrap={false} style={[styles.card, { borderLeftWidth: 3, borderLeftColor: COLORS.CHANGE, marginTop: 6 }]}>
      <Text style={styles.h3}>Answers to check</Text>
      {tensions.map((tension) => (
        <Text key={tension.pair} style={styles.small}>
          • {tension.headline}
        </Text>
      ))}
    </View>
  );
}
