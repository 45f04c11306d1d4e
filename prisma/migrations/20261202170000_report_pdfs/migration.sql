-- Each report's PDF, rendered once off the request path by a worker and served from here (issue 14,
-- docs/decisions/018-job-queue.md). Keyed by the report, the paper, the report version and a hash of the stored
-- document, so a regenerated report never gets the PDF of the document it replaced.
CREATE TABLE "ReportPdf" (
    "reportId" UUID NOT NULL,
    "paperSize" TEXT NOT NULL,
    "reportVersion" TEXT NOT NULL,
    "documentHash" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportPdf_pkey" PRIMARY KEY ("reportId","paperSize","reportVersion","documentHash")
);

ALTER TABLE "ReportPdf" ADD CONSTRAINT "ReportPdf_paperSize_check" CHECK ("paperSize" IN ('a4', 'letter'));
ALTER TABLE "ReportPdf" ADD CONSTRAINT "ReportPdf_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
