-- CreateEnum
CREATE TYPE "ResponseStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateTable
CREATE TABLE "Response" (
    "id" UUID NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "instrumentVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "resumeTokenHash" TEXT,
    "submitKey" TEXT,
    "role" TEXT,
    "industry" TEXT,
    "companySize" TEXT,
    "revenueBand" TEXT,
    "region" TEXT,
    "salesModel" TEXT,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "companyName" TEXT,
    "consentAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "scoringVersion" TEXT NOT NULL,
    "overall" INTEGER,
    "valueIndex" INTEGER,
    "numberIndex" INTEGER,
    "winRateIndex" INTEGER,
    "salesCycleIndex" INTEGER,
    "personalIndex" INTEGER,
    "companyCategory" TEXT,
    "personalCategory" TEXT,
    "industry" TEXT,
    "companySize" TEXT,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "reportVersion" TEXT NOT NULL,
    "scoringVersion" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminUser" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMP(3),

    CONSTRAINT "AdminUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdminSession" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "adminUserId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdminSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Response_resumeTokenHash_key" ON "Response"("resumeTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Response_submitKey_key" ON "Response"("submitKey");

-- CreateIndex
CREATE INDEX "Response_status_completedAt_idx" ON "Response"("status", "completedAt");

-- CreateIndex
CREATE INDEX "Response_status_industry_companySize_idx" ON "Response"("status", "industry", "companySize");

-- CreateIndex
CREATE UNIQUE INDEX "Score_responseId_key" ON "Score"("responseId");

-- CreateIndex
CREATE INDEX "Score_industry_companySize_overall_idx" ON "Score"("industry", "companySize", "overall");

-- CreateIndex
CREATE INDEX "Score_companySize_overall_idx" ON "Score"("companySize", "overall");

-- CreateIndex
CREATE INDEX "Score_overall_idx" ON "Score"("overall");

-- CreateIndex
CREATE INDEX "Score_personalIndex_idx" ON "Score"("personalIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Report_responseId_key" ON "Report"("responseId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_token_key" ON "Report"("token");

-- CreateIndex
CREATE UNIQUE INDEX "AdminUser_email_key" ON "AdminUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AdminSession_tokenHash_key" ON "AdminSession"("tokenHash");

-- CreateIndex
CREATE INDEX "AdminSession_adminUserId_idx" ON "AdminSession"("adminUserId");

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdminSession" ADD CONSTRAINT "AdminSession_adminUserId_fkey" FOREIGN KEY ("adminUserId") REFERENCES "AdminUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
