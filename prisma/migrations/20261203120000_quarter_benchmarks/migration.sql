-- The admin's benchmarks by calendar quarter of completion (docs/decisions/029-quarter-benchmarks.md). A quarter's
-- completed, scored responses up to a day boundary ("countedBefore") are counted once into "QuarterHistogram" by the
-- admin read path (lib/db/admin-stats/quarter-rollup.ts), per peer grain; what lies after it is read live. No
-- submission writes here: the triggers below forget a quarter only when a completed response dated before the folded
-- days is stored, changed where the figures look, or erased, or when a score is rewritten — none of which the submit
-- path does.

-- CreateTable
CREATE TABLE "QuarterRollup" (
    "quarter" DATE NOT NULL,
    "countedBefore" TIMESTAMP(3) NOT NULL,
    "layout" TEXT NOT NULL,

    CONSTRAINT "QuarterRollup_pkey" PRIMARY KEY ("quarter")
);

-- CreateTable
CREATE TABLE "QuarterHistogram" (
    "quarter" DATE NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "salesModel" TEXT NOT NULL,
    "slots" INTEGER[],
    "counts" INTEGER[],

    CONSTRAINT "QuarterHistogram_pkey" PRIMARY KEY ("quarter","industry","companySize","region","salesModel")
);

-- AddForeignKey
ALTER TABLE "QuarterHistogram" ADD CONSTRAINT "QuarterHistogram_quarter_fkey" FOREIGN KEY ("quarter") REFERENCES "QuarterRollup"("quarter") ON DELETE CASCADE ON UPDATE CASCADE;

-- Sparse counts: one slot per count, the same length, no nulls (Prisma cannot say NOT NULL on a list).
ALTER TABLE "QuarterHistogram" ALTER COLUMN "slots" SET NOT NULL, ALTER COLUMN "counts" SET NOT NULL;
ALTER TABLE "QuarterHistogram" ADD CONSTRAINT "QuarterHistogram_sparse"
  CHECK (cardinality("slots") = cardinality("counts") AND array_position("slots", NULL) IS NULL AND array_position("counts", NULL) IS NULL);

-- Forgets the quarters of the given completedAt values (every quarter when given null): their rows go, and the next
-- read counts them live until the read path has counted them again. The shared advisory lock waits for a quarter
-- being counted (the count holds it exclusively) to commit, and makes the next count wait for this transaction, so a
-- quarter is never stored from a snapshot that misses a change committed with its forgetting.
CREATE FUNCTION "forgetQuarterBenchmarks"(completed timestamp(3)[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(completed) = 0 THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(hashtext('quarter-benchmarks'));
  IF completed IS NULL THEN
    DELETE FROM "QuarterRollup";
  ELSE
    DELETE FROM "QuarterRollup" WHERE "quarter" IN (SELECT date_trunc('quarter', c)::date FROM unnest(completed) AS c);
  END IF;
END;
$$;

CREATE FUNCTION "forgetQuarterOfResponse"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'COMPLETED' THEN
    PERFORM "forgetQuarterBenchmarks"(ARRAY[OLD."completedAt"]);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'COMPLETED' THEN
    PERFORM "forgetQuarterBenchmarks"(ARRAY[NEW."completedAt"]);
  END IF;
  RETURN NULL;
END;
$$;

-- A completed response erased (an admin's delete, a participant's erasure): its quarter.
CREATE TRIGGER "Response_quarter_benchmarks_deleted" AFTER DELETE ON "Response"
  FOR EACH ROW WHEN (OLD.status = 'COMPLETED') EXECUTE FUNCTION "forgetQuarterOfResponse"();

-- A completed response changed where the figures look (status, date, peer keys) — a retake linking it to its
-- participant changes none of these — or a draft completed with a date before the folded days (the read path folds
-- only days that ended an hour ago; a submission is dated now). PostgreSQL checks the WHEN clause itself, so the submit
-- path never calls the function.
CREATE TRIGGER "Response_quarter_benchmarks_changed" AFTER UPDATE ON "Response"
  FOR EACH ROW WHEN (
    (OLD.status = 'COMPLETED'
      AND (OLD.status, OLD."completedAt", OLD.industry, OLD."companySize", OLD.region, OLD."salesModel")
          IS DISTINCT FROM (NEW.status, NEW."completedAt", NEW.industry, NEW."companySize", NEW.region, NEW."salesModel"))
    OR (OLD.status <> 'COMPLETED' AND NEW.status = 'COMPLETED'
      AND NEW."completedAt" < date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '1 hour')))
  EXECUTE FUNCTION "forgetQuarterOfResponse"();

-- A response stored completed with such a date (an import, the bulk loader with its triggers on).
CREATE TRIGGER "Response_quarter_benchmarks_late" AFTER INSERT ON "Response"
  FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND NEW."completedAt" < date_trunc('day', (now() AT TIME ZONE 'UTC') - interval '1 hour'))
  EXECUTE FUNCTION "forgetQuarterOfResponse"();

CREATE FUNCTION "forgetAllQuarterBenchmarks"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "forgetQuarterBenchmarks"(NULL);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_quarter_benchmarks_truncate" AFTER TRUNCATE ON "Response"
  FOR EACH STATEMENT EXECUTE FUNCTION "forgetAllQuarterBenchmarks"();

-- A score rewritten or removed (a re-score deletes and inserts each batch in one transaction): the quarters of its
-- responses. Statement-level, so a re-score batch forgets its quarters once; the submit path only inserts scores.
-- A score removed by an erasure's cascade finds its response gone: the Response trigger above forgot that quarter.
CREATE FUNCTION "forgetQuarterOfScores"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- An erasure of a draft cascades here too, with no score: nothing to do.
  PERFORM "forgetQuarterBenchmarks"(ARRAY(
    SELECT DISTINCT date_trunc('quarter', r."completedAt")
      FROM old_scores AS o JOIN "Response" AS r ON r.id = o."responseId"
     WHERE r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Score_quarter_benchmarks_updated" AFTER UPDATE ON "Score"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION "forgetQuarterOfScores"();
CREATE TRIGGER "Score_quarter_benchmarks_deleted" AFTER DELETE ON "Score"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION "forgetQuarterOfScores"();

CREATE FUNCTION "forgetAllQuarterBenchmarksOfScores"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "forgetQuarterBenchmarks"(NULL);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Score_quarter_benchmarks_truncate" AFTER TRUNCATE ON "Score"
  FOR EACH STATEMENT EXECUTE FUNCTION "forgetAllQuarterBenchmarksOfScores"();
