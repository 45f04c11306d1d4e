-- Returning participants (issue 15): a retake points at the response it was started from, and every response of one
-- participant shares "participantId" (the first response's id). A first response has neither, so existing rows are
-- untouched and the columns are added without rewriting the table.
ALTER TABLE "Response" ADD COLUMN "previousResponseId" UUID;
ALTER TABLE "Response" ADD COLUMN "participantId" UUID;

ALTER TABLE "Response" ADD CONSTRAINT "Response_previousResponseId_fkey" FOREIGN KEY ("previousResponseId") REFERENCES "Response"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "Response_participantId_idx" ON "Response"("participantId");
CREATE INDEX "Response_previousResponseId_idx" ON "Response"("previousResponseId");
