-- The Trends page's quarters count only responses in the benchmark pool (docs/decisions/026-benchmark-pool.md and
-- 029-quarter-benchmarks.md): the roll-up and the live read now filter on "Score"."inPool". A completed response whose
-- choice changes (nothing in the app does it after submit) forgets its quarter like any other change where the figures
-- look; its score's update (the pool_choice migration copies the column) would forget it too.
DROP TRIGGER "Response_quarter_benchmarks_changed" ON "Response";
CREATE TRIGGER "Response_quarter_benchmarks_changed" AFTER UPDATE ON "Response"
  FOR EACH ROW WHEN (
    (OLD.status = 'COMPLETED'
      AND (OLD.status, OLD."completedAt", OLD.industry, OLD."companySize", OLD.region, OLD."salesModel", OLD."inPool")
          IS DISTINCT FROM (NEW.status, NEW."completedAt", NEW.industry, NEW."companySize", NEW.region, NEW."salesModel", NEW."inPool"))
    OR (OLD.status <> 'COMPLETED' AND NEW.status = 'COMPLETED'
      AND NEW."completedAt" < date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '1 hour')))
  EXECUTE FUNCTION "forgetQuarterOfResponse"();

-- Quarters rolled up before this counted every response: every quarter is counted again at the next Trends view.
SELECT "forgetQuarterBenchmarks"(NULL);
