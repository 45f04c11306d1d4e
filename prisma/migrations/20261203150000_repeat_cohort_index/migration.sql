-- Admin → Trends, repeat participants (lib/db/admin-stats/repeat-cohort.ts): the linked, completed, pooled responses
-- with their participant, id and completion time in one small partial index, so the cohort reads them without visiting
-- the table (1,000,000 responses: 1.03 s → see docs/decisions/029-quarter-benchmarks.md). Only linked responses are in
-- it, a few percent of the study; a submission outside a retake adds nothing to it.
CREATE INDEX "Response_cohort_idx" ON "Response" ("participantId") INCLUDE ("id", "completedAt")
  WHERE "participantId" IS NOT NULL AND "status" = 'COMPLETED' AND "completedAt" IS NOT NULL AND "inPool";
