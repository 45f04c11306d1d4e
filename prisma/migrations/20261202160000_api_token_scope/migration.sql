-- API tokens get an owner (they die with their admin), a scope (read, or read and erase) and an expiry
-- (docs/decisions/004-admin-auth.md, issue 14).
ALTER TABLE "ApiToken" ADD COLUMN "scope" TEXT NOT NULL DEFAULT 'read',
ADD COLUMN "expiresAt" TIMESTAMP(3),
ADD COLUMN "ownerId" UUID;

-- Tokens made before: owned by the admin whose email made them, with the powers they had (read and erase), expiring 90
-- days after they were made. A token whose admin no longer exists is deleted: nobody can answer for it.
UPDATE "ApiToken" AS t
   SET "ownerId" = u.id, "scope" = 'read-erase', "expiresAt" = t."createdAt" + interval '90 days'
  FROM "AdminUser" AS u
 WHERE u.email = t."createdBy";
DELETE FROM "ApiToken" WHERE "ownerId" IS NULL;

ALTER TABLE "ApiToken" ALTER COLUMN "ownerId" SET NOT NULL,
ALTER COLUMN "expiresAt" SET NOT NULL;
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scope_check" CHECK ("scope" IN ('read', 'read-erase'));
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "AdminUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "ApiToken_ownerId_idx" ON "ApiToken"("ownerId");
