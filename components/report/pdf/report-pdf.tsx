// The whole report (all four parts) as a PDF, drawn from the stored document like the page.
import { Document, Page, Rect, Svg, Text, View } from "@react-pdf/renderer";
import type { ReportDocument, SectionReport } from "@/lib/report/document";
import { peersHigher } from "@/lib/report/relative-wording";
import { COLORS, styles } from "./pdf-styles";

const percent = (value: number | null) => (value === null ? "n/a" : `${value}%`);

function Bar({ label, value, median }: { label: string; value: number | null; median: number | null }) {
  return (
    <View style={styles.row}>
      <Text style={styles.barLabel}>{label}</Text>
      <Svg width={260} height={14}>
        <Rect x={0} y={2} width={260} height={10} fill={COLORS.brandSoft} />
        <Rect x={0} y={2} width={(260 * (value ?? 0)) / 100} height={10} fill={COLORS.brand} />
        {median !== null && <Rect x={(260 * median) / 100 - 1} y={0} width={2} height={14} fill={COLORS.ink} />}
      </Svg>
      <Text style={styles.barValue}>{percent(value)}</Text>
    </View>
  );
}

function Section({ section }: { section: SectionReport }) {
  return (
    <View wrap>
      <Text style={styles.h3}>
        {section.title}
        {section.score === null ? "" : ` — ${section.score}%`}
        {section.peerMedian === null ? "" : ` (peer median ${section.peerMedian}%)`}
      </Text>
      {section.paragraphs.map((p) => (
        <View key={p.key} style={styles.paragraph} wrap={false}>
          <Text style={styles.question}>
            {p.question} — {p.answer}
          </Text>
          <Text>{p.text}</Text>
        </View>
      ))}
    </View>
  );
}

export function ReportPdf({ report }: { report: ReportDocument }) {
  const { overall, personal } = report.summary;
  return (
    <Document title="Dealmaker Index report" author="Dealmaker Index">
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>Your Dealmaker Index report</Text>
        <Text style={styles.muted}>{[report.profile.industry, report.profile.companySize, report.profile.region].filter(Boolean).join(" · ")}</Text>
        <Text style={styles.h2}>1 · Summary</Text>
        <View style={styles.row}>
          <Text style={styles.big}>Dealmaker Index {percent(overall.score)}</Text>
        </View>
        <Text>{overall.category?.name ?? ""}</Text>
        {overall.relative && <Text>{peersHigher(overall.relative)}.</Text>}
        {report.peerGroup && (
          <Text style={styles.muted}>
            Peer group: {report.peerGroup.label} ({report.peerGroup.size} other responses)
          </Text>
        )}
        <View style={{ marginTop: 8 }}>
          {report.executive.indices.map((index) => (
            <Bar key={index.key} label={index.name} value={index.score} median={index.peerMedian} />
          ))}
          <Bar label="Personal index" value={personal.score} median={personal.peerMedian} />
        </View>
        <Text style={styles.h2}>2 · Executive summary</Text>
        {report.executive.overall.map((p) => (
          <Text key={p.key} style={styles.paragraph}>
            {p.text}
          </Text>
        ))}
        {report.executive.indices.map((index) => (
          <View key={index.key} wrap={false}>
            <Text style={styles.h3}>
              {index.name}: {percent(index.score)}
              {index.potential ? ` — revenue increase potential ${index.potential}` : ""}
            </Text>
            {index.paragraphs.map((p) => (
              <Text key={p.key} style={styles.paragraph}>
                {p.text}
              </Text>
            ))}
          </View>
        ))}
        <Text style={styles.h3}>Your sales numbers</Text>
        {report.executive.sales.paragraphs.map((p) => (
          <Text key={p.key} style={styles.paragraph}>
            {p.text}
          </Text>
        ))}
        <Text style={styles.h3}>First actions: five key areas to focus on</Text>
        {report.executive.actions.map((action) => (
          <View key={action.questionId} style={styles.paragraph} wrap={false}>
            <View style={styles.row}>
              <Text style={[styles.badge, { backgroundColor: COLORS[action.kind] }]}>{action.kind}</Text>
              <Text style={{ fontFamily: "Helvetica-Bold" }}>{action.title}</Text>
            </View>
            <Text>{action.text}</Text>
          </View>
        ))}
        <Text style={styles.h2} break>
          3 · Detailed analysis
        </Text>
        {report.detailed.map((section) => (
          <Section key={section.sectionId} section={section} />
        ))}
        <Text style={styles.h2} break>
          4 · Personal Dealmaker Index: {percent(personal.score)}
          {personal.category ? ` — ${personal.category.name}` : ""}
        </Text>
        {report.personal.paragraphs.map((p) => (
          <Text key={p.key} style={styles.paragraph}>
            {p.text}
          </Text>
        ))}
        {report.personal.sections.map((section) => (
          <Section key={section.sectionId} section={section} />
        ))}
        <Text style={styles.footer} render={({ pageNumber, totalPages }) => `Dealmaker Index · page ${pageNumber} of ${totalPages}`} fixed />
      </Page>
    </Document>
  );
}
