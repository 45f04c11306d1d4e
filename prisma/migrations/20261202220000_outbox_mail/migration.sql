-- The mail outbox (docs/decisions/025-mail.md): every mail to a participant is a row, written with the event that
-- causes it and sent by a job worker; deleting the response (erasure, draft purge) deletes its mails.
CREATE TABLE "OutboxMail" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "responseId" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT,
    "htmlBody" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "OutboxMail_responseId_kind_createdAt_idx" ON "OutboxMail"("responseId", "kind", "createdAt");

CREATE INDEX "OutboxMail_status_updatedAt_idx" ON "OutboxMail"("status", "updatedAt");

CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");

ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
