// Parts 3 and 4: each survey section with its score against peers and one paragraph per answer.
import { Text, View } from "@react-pdf/renderer";
import type { ReportDocument, SectionReport } from "@/lib/report/document";
import { isAnswerTension } from "@/lib/report/agreements";
import { isPerceptionGap } from "@/lib/report/perception-gap-notes";
import { standing } from "../section-block";
import { PdfActionRef } from "./pdf-actions";
import { COLORS, styles } from "./pdf-styles";

function AnswerParagraph({ paragraph }: { paragraph: SectionReport["paragraphs"][number] }) {
  const gap = isPerceptionGap(paragraph.key);
  const tension = isAnswerTension(paragraph.key);
  return (
    <View wrap={false} style={{ borderLeftWidth: 3, borderLeftColor: gap || tension ? COLORS.CHANGE : COLORS.brandSoft, paddingLeft: 8, marginBottom: 7 }}>
      <Text style={[styles.small, styles.muted]}>
        {paragraph.question} <Text style={{ color: COLORS.ink, fontFamily: "Helvetica-Bold" }}>— {paragraph.answer}</Text>
      </Text>
      {gap && <Text style={[styles.small, styles.bold, { color: COLORS.CHANGE }]}>Perception gap: your answer and your figures disagree</Text>}
      {tension && <Text style={[styles.small, styles.bold, { color: COLORS.CHANGE }]}>Two of your answers disagree</Text>}
      <Text>{paragraph.text}</Text>
      {paragraph.actionRef && <PdfActionRef actionRef={paragraph.actionRef} />}
    </View>
  );
}

function PdfSection({ section }: { section: SectionReport }) {
  const versus = standing(section.score, section.peerMedian);
  const [first, ...rest] = section.paragraphs;
  return (
    <View>
      {/* The heading travels with the first paragraph, so it never stands alone at the foot of a page. */}
      <View wrap={false}>
        <View style={{ marginTop: 10, marginBottom: 4 }}>
          <Text style={[styles.h3, { marginTop: 0, marginBottom: 0 }]}>{section.title}</Text>
          {section.score !== null && (
            <Text style={[styles.small, styles.muted]}>
              Section score <Text style={[styles.bold, { color: COLORS.ink }]}>{section.score}%</Text>
              {versus ? `, ${versus}` : ""}
            </Text>
          )}
        </View>
        {first && <AnswerParagraph paragraph={first} />}
      </View>
      {rest.map((p) => (
        <AnswerParagraph key={p.key} paragraph={p} />
      ))}
    </View>
  );
}

export function PdfDetailed({ report }: { report: ReportDocument }) {
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={140}>
        3 · Detailed analysis
      </Text>
      {report.detailed.map((section) => (
        <PdfSection key={section.sectionId} section={section} />
      ))}
    </View>
  );
}

export function PdfPersonal({ report }: { report: ReportDocument }) {
  const { personal } = report.summary;
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={140}>
        4 · Personal Dealmaker Index
      </Text>
      <Text style={[styles.paragraph, { fontSize: 12, lineHeight: 1.4 }]}>
        Personal index <Text style={styles.bold}>{personal.score === null ? "not available" : `${personal.score}%`}</Text>
        {personal.category && <Text style={{ color: COLORS.brandStrong }}> — {personal.category.name}</Text>}
      </Text>
      {report.personal.paragraphs.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      {report.personal.sections.map((section) => (
        <PdfSection key={section.sectionId} section={section} />
      ))}
    </View>
  );
}
