// The pipeline section's words in the PDF: the target and its period, the paragraphs (weighted pipeline against
// the target, the stages, the opportunities the target takes) and each stage's verdict, from the stored document.
// The stage table itself is drawn beside it by the PDF's pipeline table.
import { Text, View } from "@react-pdf/renderer";
import type { CoverageVerdictWords, PipelineReport } from "@/lib/report/document";
import { formatMoney } from "@/lib/report/format";
import { COLORS, styles } from "./pdf-styles";

const VERDICT_COLOR: Record<CoverageVerdictWords["level"], string> = {
  "well-covered": COLORS.KEEP,
  enough: COLORS.KEEP,
  short: COLORS.STOP,
};

export function PipelineVerdictPdf({ pipeline }: { pipeline: PipelineReport }) {
  const judged = pipeline.stages.filter((stage) => stage.verdict);
  return (
    <View>
      <Text style={[styles.paragraph, { fontFamily: "Helvetica-Bold" }]}>
        {pipeline.period === "next-quarter" ? "Target for next quarter" : "Period target"}: {formatMoney(pipeline.target, pipeline.currency)}
      </Text>
      {pipeline.paragraphs.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {judged.length > 0 && (
        <View style={styles.paragraph} wrap={false}>
          {judged.map((stage) => (
            <View key={stage.name} style={styles.row}>
              <Text style={styles.barLabel}>{stage.name}</Text>
              <Text style={{ fontFamily: "Helvetica-Bold", color: VERDICT_COLOR[stage.verdict!.level] }}>{stage.verdict!.text}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
