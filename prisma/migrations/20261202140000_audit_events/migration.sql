-- The admin audit trail (docs/decisions/015-audit-trail.md): one row per security-relevant admin event, written by
-- lib/audit beside a structured log line, listed on the admin Activity page. Rows are only ever inserted.
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "address" TEXT,
    "requestId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id");
