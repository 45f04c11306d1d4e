// The whole report (all four parts) as a PDF, drawn from the stored document like the page. Each part is its own
// file; a new block is one line here or in its part.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { ReportDocument } from "@/lib/report/document";
import { profileLine } from "@/lib/report/profile-line";
import { formatReportDate } from "@/lib/report/format";
import type { PaperSize } from "@/lib/report/pdf-download";
import { PdfExecutive } from "./pdf-executive";
import { PdfFooter, PdfTitle } from "./pdf-page-frame";
import { PdfPipeline } from "./pdf-pipeline";
import { PdfDetailed, PdfPersonal } from "./pdf-sections";
import { styles } from "./pdf-styles";
import { PdfSinceLastTime } from "./pdf-since-last-time";
import { PdfSummary } from "./pdf-summary";

type Props = { report: ReportDocument; createdAt: Date; size: PaperSize };

export function ReportPdf({ report, createdAt, size }: Props) {
  const date = formatReportDate(createdAt);
  const company = report.participant?.company;
  const profile = profileLine(report.profile);
  const { versions } = report;
  return (
    <Document title={["Dealmaker Index report", company].filter(Boolean).join(" — ")} author="Dealmaker Index" creationDate={createdAt} language="en">
      {/* react-pdf's newer pagination measures the content once: the same pages, a third faster here (decision 011). */}
      <Page size={size === "letter" ? "LETTER" : "A4"} style={styles.page} experimentalPagination>
        <PdfFooter company={company} date={date} />
        <View style={styles.flow}>
          <PdfTitle company={company} profile={profile} date={date} />
          <PdfSummary report={report} />
          <PdfExecutive report={report} />
          <PdfSinceLastTime report={report} />
          {report.pipeline && <PdfPipeline pipeline={report.pipeline} />}
          <PdfDetailed report={report} />
          <PdfPersonal report={report} />
          {/* No link here: a stored PDF is rendered once, by a worker that never holds the private link (decision 027). */}
          <View style={[styles.card, { marginTop: 12 }]} wrap={false}>
            <Text style={[styles.small, styles.bold]}>Take it again</Text>
            <Text style={styles.small}>
              To see how your team has moved, open this report’s private link and choose “Take it again”: the survey opens with
              these answers filled in, you change what is different, and the new report links back to this one, which stays as it is.
            </Text>
          </View>
          <Text style={[styles.tiny, styles.muted, { marginTop: 12 }]}>
            Report {versions.report} · narrative {versions.narrative} · scoring {versions.scoring} · survey {versions.instrument}
          </Text>
        </View>
      </Page>
    </Document>
  );
}
