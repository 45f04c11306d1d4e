-- Report links are stored as the SHA-256 (hex) of their token, like resume, session and API tokens (issue 14,
-- docs/decisions/020-report-tokens-hashed.md). Existing tokens are hashed here exactly as lib/db/tokens.ts hashes a
-- link (sha256 of the token's UTF-8 bytes, lower-case hex), so every link given out before keeps opening its report.
ALTER TABLE "Report" ADD COLUMN "tokenHash" TEXT,
ADD COLUMN "tokenSalt" TEXT;

UPDATE "Report" SET "tokenHash" = encode(sha256(convert_to("token", 'UTF8')), 'hex');

ALTER TABLE "Report" ALTER COLUMN "tokenHash" SET NOT NULL;
DROP INDEX "Report_token_key";
ALTER TABLE "Report" DROP COLUMN "token";
CREATE UNIQUE INDEX "Report_tokenHash_key" ON "Report"("tokenHash");
