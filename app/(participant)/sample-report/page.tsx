import type { Metadata } from "next";
import { sampleReport } from "@/lib/demo/sample-report";
import { ReportView } from "@/components/report/report-view";
import { SampleReportBanner, SampleReportCallToAction } from "@/components/report/sample-report-banner";

// Public and indexable, unlike a participant's report under /r/: it describes no one (robots.txt allows it).
export const metadata: Metadata = {
  title: "Sample report",
  description:
    "What the Dealmaker Index report looks like: an invented company's scores, peer comparison, sales velocity and first actions, against a synthetic peer population.",
};

export default async function SampleReportPage() {
  const sample = await sampleReport();
  return (
    <div className="space-y-10">
      <SampleReportBanner populationSize={sample.populationSize} />
      <ReportView report={sample.document} createdAt={sample.createdAt} pdfHref={null} title="Sample Dealmaker Index report" />
      <SampleReportCallToAction />
    </div>
  );
}
