// Part 2: the overall verdict, one card per sub-index, the sales numbers and the first actions.
import { Text, View } from "@react-pdf/renderer";
import type { IndexReport, ReportDocument } from "@/lib/report/document";
import { PdfActions } from "./pdf-actions";
import { PdfAnswerTensions } from "./pdf-answer-tensions";
import { PdfPerceptionGaps } from "./pdf-perception-gaps";
import { PdfSalesNumbers } from "./pdf-sales-numbers";
import { PeerNumbersPdf } from "./peer-numbers-pdf";
import { COLORS, styles } from "./pdf-styles";

const percent = (value: number | null) => (value === null ? "n/a" : `${value}%`);

/** One sub-index a row: its score on the left, what it measures and what this score means on the right. */
function IndexRow({ index }: { index: IndexReport }) {
  return (
    <View wrap={false} style={[styles.card, styles.row, { marginTop: 6 }]}>
      <View style={{ width: "27%", paddingRight: 10 }}>
        <Text style={[styles.bold, { fontSize: 11, lineHeight: 1.35 }]}>{index.name}</Text>
        <Text style={[styles.bold, { fontSize: 20, lineHeight: 1.25 }]}>{percent(index.score)}</Text>
        {index.potential && (
          <Text style={[styles.small, styles.muted]}>
            Revenue increase potential: <Text style={[styles.bold, { color: COLORS.ink }]}>{index.potential}</Text>
          </Text>
        )}
      </View>
      <View style={{ flex: 1 }}>
        <Text style={[styles.small, styles.muted]}>{index.explains}</Text>
        {index.paragraphs.map((p) => (
          <Text key={p.key} style={[styles.small, { marginTop: 3 }]}>
            {p.text}
          </Text>
        ))}
      </View>
    </View>
  );
}

export function PdfExecutive({ report }: { report: ReportDocument }) {
  const { overall } = report.summary;
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={120}>
        2 · Executive summary
      </Text>
      <Text style={styles.h3}>
        Dealmaker Index {overall.score === null ? "not available" : `${overall.score}%`}
        {overall.category ? ` — ${overall.category.name}` : ""}
      </Text>
      {report.executive.overall.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {report.executive.indices.map((index) => (
        <IndexRow key={index.key} index={index} />
      ))}
      <PdfPerceptionGaps gaps={report.perceptionGaps} />
      <PdfAnswerTensions tensions={report.tensions} />
      <PdfSalesNumbers sales={report.executive.sales} />
      <PeerNumbersPdf peerNumbers={report.executive.peerNumbers} />
      <PdfActions executive={report.executive} />
    </View>
  );
}
