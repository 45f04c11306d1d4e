-- Team mode (issue 16, docs/decisions/030-team-mode.md): a team, its members' and leader's responses marked with it,
-- and the leader's mails (the two private links) in the outbox beside the participants'. Existing rows are untouched:
-- the new columns are nullable and added without rewriting the tables.
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "leaderEmail" TEXT,
    "inviteCode" TEXT NOT NULL,
    "dashboardTokenHash" TEXT NOT NULL,
    "industry" TEXT,
    "companySize" TEXT,
    "region" TEXT,
    "salesModel" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Team_inviteCode_key" ON "Team"("inviteCode");
CREATE UNIQUE INDEX "Team_dashboardTokenHash_key" ON "Team"("dashboardTokenHash");
CREATE INDEX "Team_createdAt_idx" ON "Team"("createdAt");

ALTER TABLE "Response" ADD COLUMN "teamId" UUID;
ALTER TABLE "Response" ADD COLUMN "teamRole" TEXT;
ALTER TABLE "Response" ADD CONSTRAINT "Response_teamRole_check" CHECK ("teamRole" IS NULL OR ("teamId" IS NOT NULL AND "teamRole" IN ('leader', 'member')));
ALTER TABLE "Response" ADD CONSTRAINT "Response_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Response_teamId_status_idx" ON "Response"("teamId", "status");

-- A leader's mail belongs to the team, a participant's to the response: exactly one of the two.
ALTER TABLE "OutboxMail" ALTER COLUMN "responseId" DROP NOT NULL;
ALTER TABLE "OutboxMail" ADD COLUMN "teamId" UUID;
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_owner_check" CHECK (("responseId" IS NULL) <> ("teamId" IS NULL));
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "OutboxMail_teamId_idx" ON "OutboxMail"("teamId");
