// Part 1: both gauges with their categories, where the participant stands among peers, and the four sub-indices.
import { otherResponses } from "@/lib/report/relative-wording";
import { Text, View } from "@react-pdf/renderer";
import type { ReportDocument } from "@/lib/report/document";
import { relativeText } from "../summary-infographic";
import { PdfGauge } from "./pdf-gauge";
import { PdfIndexBars } from "./pdf-index-bars";
import { COLORS, styles } from "./pdf-styles";

type Headline = ReportDocument["summary"]["overall"];

function GaugeColumn({ label, headline }: { label: string; headline: Headline }) {
  return (
    <View style={{ width: "50%", alignItems: "center" }}>
      <PdfGauge value={headline.score} peerMedian={headline.peerMedian} />
      <Text style={[styles.bold, { fontSize: 11, lineHeight: 1.35, marginTop: 4 }]}>{label}</Text>
      {headline.category && <Text style={[styles.bold, { fontSize: 11, lineHeight: 1.35, color: COLORS.brandStrong }]}>{headline.category.name}</Text>}
      <Text style={[styles.small, styles.muted, { textAlign: "center", marginTop: 2 }]}>{relativeText(headline.relative)}</Text>
    </View>
  );
}

export function PdfSummary({ report }: { report: ReportDocument }) {
  const { overall, personal } = report.summary;
  return (
    <View wrap={false}>
      <Text style={styles.h2}>1 · Summary</Text>
      <View style={[styles.card, { backgroundColor: COLORS.canvas, padding: 12 }]}>
        {report.peerGroup && (
          <Text style={[styles.small, styles.muted, { marginBottom: 8 }]}>
            Peer group: {report.peerGroup.label} ({otherResponses(report.peerGroup.size)})
          </Text>
        )}
        <View style={[styles.row, { marginBottom: 10 }]}>
          <GaugeColumn label="Dealmaker Index" headline={overall} />
          <GaugeColumn label="Personal index" headline={personal} />
        </View>
        <PdfIndexBars bars={report.executive.indices.map(({ key, name, score, peerMedian }) => ({ key, name, score, peerMedian }))} />
      </View>
    </View>
  );
}
