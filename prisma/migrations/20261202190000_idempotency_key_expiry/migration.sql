-- Idempotency keys expire (docs/decisions/021-idempotency-key-retention.md): a scheduled job clears "submitKey" on
-- completed responses older than the retention. That UPDATE changes no counted column, so the triggers on "Response"
-- learn to tell: an update passes a row on only when a column its aggregate counts has changed.

-- AnswerTally counts a completed response's answers under its peer keys: an update that leaves status, answers and the
-- four peer keys as they were changes no tally (the key purge, or any other bookkeeping column). A draft's autosave
-- still passes nothing (neither side is completed).
CREATE OR REPLACE FUNCTION "maintainAnswerTally"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added "Response"[] := '{}';
  removed "Response"[] := '{}';
BEGIN
  IF TG_OP = 'INSERT' THEN
    added := ARRAY(SELECT n::"Response" FROM new_responses AS n WHERE n.status = 'COMPLETED');
  ELSIF TG_OP = 'DELETE' THEN
    removed := ARRAY(SELECT o::"Response" FROM old_responses AS o WHERE o.status = 'COMPLETED');
  ELSE
    added := ARRAY(
      SELECT n::"Response" FROM new_responses AS n JOIN old_responses AS o USING (id)
       WHERE n.status = 'COMPLETED'
         AND (n.status, n.answers, n.industry, n."companySize", n.region, n."salesModel")
             IS DISTINCT FROM (o.status, o.answers, o.industry, o."companySize", o.region, o."salesModel"));
    removed := ARRAY(
      SELECT o::"Response" FROM old_responses AS o JOIN new_responses AS n USING (id)
       WHERE o.status = 'COMPLETED'
         AND (n.status, n.answers, n.industry, n."companySize", n.region, n."salesModel")
             IS DISTINCT FROM (o.status, o.answers, o.industry, o."companySize", o.region, o."salesModel"));
  END IF;
  IF cardinality(added) > 0 OR cardinality(removed) > 0 THEN
    PERFORM "applyAnswerTallyChanges"(added, removed);
  END IF;
  RETURN NULL;
END;
$$;

-- OverviewMonth rolls up closed months by status, start, completion and the peer keys. An erasure forgets the month
-- as before; an update forgets it only when one of those columns changed.
DROP TRIGGER "Response_overview_months_old" ON "Response";
DROP TRIGGER "Response_overview_months_new" ON "Response";

CREATE TRIGGER "Response_overview_months_erased" AFTER DELETE ON "Response"
  FOR EACH ROW WHEN (OLD.status = 'COMPLETED') EXECUTE FUNCTION "forgetOverviewMonthOfRow"();

-- A completed response changed in what the overview counts: its old and new months.
CREATE TRIGGER "Response_overview_months_changed" AFTER UPDATE ON "Response"
  FOR EACH ROW WHEN (
    OLD.status = 'COMPLETED'
    AND (OLD.status, OLD."startedAt", OLD."completedAt", OLD.industry, OLD."companySize", OLD.region, OLD."salesModel")
        IS DISTINCT FROM (NEW.status, NEW."startedAt", NEW."completedAt", NEW.industry, NEW."companySize", NEW.region, NEW."salesModel"))
  EXECUTE FUNCTION "forgetOverviewMonthOfRow"();

-- A response completed with a date before the current month (an import, the bulk loader with its triggers on, a
-- draft completed with an old date): its month. A submission is dated now, so it is not called.
CREATE TRIGGER "Response_overview_months_new" AFTER INSERT ON "Response"
  FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND NEW."completedAt" < date_trunc('month', now() AT TIME ZONE 'UTC'))
  EXECUTE FUNCTION "forgetOverviewMonthOfRow"();
CREATE TRIGGER "Response_overview_months_completed" AFTER UPDATE ON "Response"
  FOR EACH ROW WHEN (
    OLD.status IS DISTINCT FROM 'COMPLETED' AND NEW.status = 'COMPLETED'
    AND NEW."completedAt" < date_trunc('month', now() AT TIME ZONE 'UTC'))
  EXECUTE FUNCTION "forgetOverviewMonthOfRow"();
