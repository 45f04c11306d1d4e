-- The admin overview at a million responses (docs/decisions/005-admin-charts.md; it read the wide "Response" rows
-- three times, 2.4–3.6 s). Two changes, neither adding a lock or an aggregate row to the submit path:
--
-- 1. A draft's four admin peer keys are kept in its columns, copied from the answers saved with the profile step,
--    so a filtered overview needs no read of the answers. A row trigger, and only for drafts (its WHEN clause is
--    checked before any call): submitting a response writes its columns itself (lib/db/response-columns.ts).
-- 2. One narrow index holding every column the overview reads, so each of its queries is an index-only scan.

CREATE FUNCTION "copyDraftPeerKeys"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.industry := NEW.answers ->> 'a.profile.industry';
  NEW."companySize" := NEW.answers ->> 'a.profile.company-size';
  NEW.region := NEW.answers ->> 'a.profile.region';
  NEW."salesModel" := NEW.answers ->> 'a.profile.sales-model';
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Response_draft_peer_keys" BEFORE INSERT OR UPDATE ON "Response"
  FOR EACH ROW WHEN (NEW.status = 'DRAFT') EXECUTE FUNCTION "copyDraftPeerKeys"();

-- Drafts stored before this migration (the trigger fills them in).
UPDATE "Response" SET answers = answers WHERE status = 'DRAFT';

-- CreateIndex
CREATE INDEX "Response_overview_idx" ON "Response"("status", "startedAt", "completedAt", "currentStep", "industry", "companySize", "region", "salesModel");
