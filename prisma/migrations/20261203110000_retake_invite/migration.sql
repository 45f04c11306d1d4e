-- Retake invitations (issue 15, docs/decisions/027-retake.md): one per report, mailed RETAKE_INVITE_AFTER_DAYS after a
-- participant's latest report when they agreed to be contacted. The link's token is stored only as its SHA-256; it
-- works once ("usedAt") and until "expiresAt". Erasing the response deletes its invitation.
CREATE TABLE "RetakeInvite" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "RetakeInvite_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "RetakeInvite_responseId_key" ON "RetakeInvite"("responseId");

CREATE UNIQUE INDEX "RetakeInvite_tokenHash_key" ON "RetakeInvite"("tokenHash");

ALTER TABLE "RetakeInvite" ADD CONSTRAINT "RetakeInvite_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
