-- The admin overview's closed months, rolled up once (docs/decisions/008a-bulk-demo-data.md, item 7). A completed
-- response of a month that has closed is counted in "OverviewMonth" under the month of its completedAt; drafts and
-- the open month are read live. The admin read path writes the rows (lib/db/admin-stats/overview-months.ts) and
-- no submission does: the triggers below forget a month only when a completed response of an earlier month than
-- the database's current one is written, changed or erased, which the submit path never does.

-- CreateTable
CREATE TABLE "OverviewMonth" (
    "month" DATE NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "salesModel" TEXT NOT NULL,
    "startedMonths" DATE[],
    "startedCounts" INTEGER[],
    "durationSeconds" INTEGER[],
    "durationCounts" INTEGER[],

    CONSTRAINT "OverviewMonth_pkey" PRIMARY KEY ("industry","companySize","region","salesModel","month")
);

-- CreateIndex
CREATE INDEX "OverviewMonth_month_idx" ON "OverviewMonth"("month");

-- The overview index leads with completedAt after the status, so the open month's completed responses are a range
-- of it (its columns and their use are otherwise unchanged: admin_overview migration). The old (status,
-- completedAt) index is a prefix of it, so it goes: one index fewer to write per submission.
DROP INDEX "Response_overview_idx";
DROP INDEX "Response_status_completedAt_idx";
CREATE INDEX "Response_overview_idx" ON "Response"("status", "completedAt", "startedAt", "currentStep", "industry", "companySize", "region", "salesModel");

-- Forgets the rolled-up months of the given completedAt values (all of them when given null), so the next overview
-- read counts them again. The shared advisory lock waits for a roll-up in progress (which holds it exclusively, see
-- overview-months.ts) to commit first, and makes the next one wait for this transaction: a month is never stored
-- from a snapshot that misses a change committed with its forgetting.
CREATE FUNCTION "forgetOverviewMonths"(completed timestamp(3)[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('overview-months'));
  IF completed IS NULL THEN
    DELETE FROM "OverviewMonth";
  ELSE
    DELETE FROM "OverviewMonth" WHERE "month" IN (SELECT date_trunc('month', c)::date FROM unnest(completed) AS c);
  END IF;
END;
$$;

CREATE FUNCTION "forgetOverviewMonthOfRow"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.status = 'COMPLETED' THEN
    PERFORM "forgetOverviewMonths"(ARRAY[OLD."completedAt"]);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status = 'COMPLETED' THEN
    PERFORM "forgetOverviewMonths"(ARRAY[NEW."completedAt"]);
  END IF;
  RETURN NULL;
END;
$$;

-- A completed response changed or erased (an admin's delete): its month. The submit path never changes a completed
-- row, so the WHEN clause keeps it from ever calling the function.
CREATE TRIGGER "Response_overview_months_old" AFTER UPDATE OR DELETE ON "Response"
  FOR EACH ROW WHEN (OLD.status = 'COMPLETED') EXECUTE FUNCTION "forgetOverviewMonthOfRow"();

-- A response completed with a date before the current month (an import, the bulk loader with its triggers on): its
-- month. A submission is dated now, so it is not called; the read path leaves a closed month an hour before
-- rolling it up, for a submission dated by a slower clock or committed just after midnight.
CREATE TRIGGER "Response_overview_months_new" AFTER INSERT OR UPDATE ON "Response"
  FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND NEW."completedAt" < date_trunc('month', now() AT TIME ZONE 'UTC'))
  EXECUTE FUNCTION "forgetOverviewMonthOfRow"();

CREATE FUNCTION "forgetAllOverviewMonths"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "forgetOverviewMonths"(NULL);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_overview_months_truncate" AFTER TRUNCATE ON "Response"
  FOR EACH STATEMENT EXECUTE FUNCTION "forgetAllOverviewMonths"();
