-- AlterTable
ALTER TABLE "Score" ADD COLUMN     "averageDealValue" DOUBLE PRECISION,
ADD COLUMN     "cycleDays" DOUBLE PRECISION,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "salesModel" TEXT,
ADD COLUMN     "unitWinRate" DOUBLE PRECISION,
ADD COLUMN     "valueWinRate" DOUBLE PRECISION,
ADD COLUMN     "velocity" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "AnswerCount" (
    "questionId" TEXT NOT NULL,
    "option" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "salesModel" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AnswerCount_pkey" PRIMARY KEY ("questionId","option","industry","companySize","region","salesModel")
);

-- CreateIndex
CREATE INDEX "Score_region_salesModel_idx" ON "Score"("region", "salesModel");

-- ---------------------------------------------------------------------------------------------------------------
-- Admin dashboards without reading the answers (docs/decisions/005-admin-charts.md).
--
-- 1. "Score" carries the response's region and sales model beside industry and company size, and the
--    participant's own sales figures (lib/scoring analyseSales: written by the application at scoring time), so
--    the distributions and benchmarks read only "Score".
-- 2. "AnswerCount" counts the options given to every choice question by completed responses, per combination of
--    the four peer keys, maintained by statement-level triggers on "Response", so an answer distribution is a SUM
--    over small rows.

-- The region and sales model of a score are its response's, whoever writes the row (the application, a test, a
-- bulk SQL copy): a row trigger copies them on every insert and update of "Score". (A response inserted by the same
-- statement, in a data-modifying WITH, is not visible yet: then the values given are kept.)
CREATE FUNCTION "copyScorePeerKeys"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  response_region TEXT;
  response_sales_model TEXT;
BEGIN
  SELECT r.region, r."salesModel" INTO response_region, response_sales_model FROM "Response" AS r WHERE r.id = NEW."responseId";
  IF FOUND THEN
    NEW.region := response_region;
    NEW."salesModel" := response_sales_model;
  END IF;
  RETURN NEW;
END;
$$;

-- Scores stored before this migration: peer keys from the response, sales figures from its answers with the rules
-- of lib/scoring (an input counts only when it is a JSON number >= 0; a division needs a denominator > 0; velocity
-- = opportunities x average deal x unit win rate / cycle days). No score changes, so the ScoreCount trigger is off
-- meanwhile (it would subtract and re-add every row).
ALTER TABLE "Score" DISABLE TRIGGER "Score_count_update";
UPDATE "Score" AS s
   SET region = r.region, "salesModel" = r."salesModel",
       "unitWinRate" = sales.unit, "valueWinRate" = sales.val, "averageDealValue" = sales.avg_deal,
       "cycleDays" = sales.cycle,
       velocity = CASE WHEN sales.opp IS NOT NULL AND sales.avg_deal IS NOT NULL AND sales.unit IS NOT NULL AND sales.cycle > 0
                       THEN sales.opp * sales.avg_deal * sales.unit / sales.cycle END
  FROM "Response" AS r
  CROSS JOIN LATERAL (
    SELECT opp, cycle,
      CASE WHEN won_n + lost_n > 0 THEN won_n / (won_n + lost_n) END AS unit,
      CASE WHEN won_v + lost_v > 0 THEN won_v / (won_v + lost_v) END AS val,
      CASE WHEN won_n > 0 THEN won_v / won_n END AS avg_deal
    FROM (
      SELECT
        CASE WHEN jsonb_typeof(raw.o) = 'number' AND raw.o::float8 >= 0 THEN raw.o::float8 END AS opp,
        CASE WHEN jsonb_typeof(raw.wn) = 'number' AND raw.wn::float8 >= 0 THEN raw.wn::float8 END AS won_n,
        CASE WHEN jsonb_typeof(raw.wv) = 'number' AND raw.wv::float8 >= 0 THEN raw.wv::float8 END AS won_v,
        CASE WHEN jsonb_typeof(raw.ln) = 'number' AND raw.ln::float8 >= 0 THEN raw.ln::float8 END AS lost_n,
        CASE WHEN jsonb_typeof(raw.lv) = 'number' AND raw.lv::float8 >= 0 THEN raw.lv::float8 END AS lost_v,
        CASE WHEN jsonb_typeof(raw.c) = 'number' AND raw.c::float8 >= 0 THEN raw.c::float8 END AS cycle
      FROM (SELECT r.answers -> 'b.numbers.new-opportunities' AS o, r.answers -> 'b.numbers.won-count' AS wn,
                   r.answers -> 'b.numbers.won-value' AS wv, r.answers -> 'b.numbers.lost-count' AS ln,
                   r.answers -> 'b.numbers.lost-value' AS lv, r.answers -> 'b.numbers.cycle-days' AS c) AS raw
    ) AS inputs
  ) AS sales
 WHERE r.id = s."responseId";
ALTER TABLE "Score" ENABLE TRIGGER "Score_count_update";

CREATE TRIGGER "Score_peer_keys" BEFORE INSERT OR UPDATE ON "Score"
  FOR EACH ROW EXECUTE FUNCTION "copyScorePeerKeys"();

-- The choice questions of the instrument (lib/instrument, version 2026.1) whose answers are counted: only these,
-- so free-text answers (names, e-mail addresses) never reach "AnswerCount". A test checks this list against the
-- instrument; a new choice question needs a migration that replaces the function and calls "rebuildAnswerCount"().
CREATE FUNCTION "answerCountQuestions"() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    'a.profile.role',
    'a.profile.industry',
    'a.profile.company-size',
    'a.profile.revenue',
    'a.profile.region',
    'a.profile.sales-team-size',
    'a.profile.sales-model',
    'b.numbers.currency',
    'c.alignment.strategy-aligned',
    'c.alignment.sales-marketing',
    'c.alignment.leadership-seeks-input',
    'c.process.mapped-to-buyer',
    'c.process.followed-by-sellers',
    'c.process.others-know-role',
    'c.process.importance',
    'c.velocity.qualification',
    'c.velocity.close-ratio',
    'c.velocity.cycle-length',
    'c.velocity.enough-opportunities',
    'c.velocity.major-accounts',
    'c.coaching.manager-coaching-time',
    'c.coaching.selling-basics',
    'c.coaching.resources-to-qualified',
    'c.coaching.advanced-skills-importance',
    'c.social.prospecting',
    'c.social.conversations',
    'c.retention.retention-rate',
    'c.retention.renewal-rate',
    'c.retention.expand-accounts',
    'c.differentiation.key-players',
    'c.differentiation.uncover-problem',
    'c.differentiation.vs-competition',
    'c.differentiation.articulate-value',
    'c.differentiation.price-discipline',
    'c.methodology.adopted',
    'c.methodology.in-crm',
    'c.methodology.crm-age',
    'c.revenue.forecast-accuracy',
    'c.revenue.forecast-process',
    'c.revenue.pipeline-accurate',
    'c.revenue.forecasting-importance',
    'd.engagement.customer-meetings',
    'd.engagement.win-loss-review',
    'd.engagement.follow-process',
    'd.engagement.ask-referrals',
    'd.engagement.most-important-stage',
    'd.engagement.most-difficult-stage',
    'd.perspective.differentiate',
    'd.perspective.competitive-strategy',
    'd.perspective.call-objectives',
    'd.perspective.negotiation',
    'd.perspective.financial-acumen',
    'd.perspective.peer-communication',
    'd.perspective.candour',
    'd.systems.crm-relationship',
    'd.systems.methodology-use',
    'd.systems.linkedin',
    'd.systems.other-social'
  ]::text[]
$$;

-- The (question, option) pairs one response counts under: its string answer to each counted question, and
-- ("*", "*") for the response itself. jsonb_each reads the stored document once.
CREATE FUNCTION "answerCountKeys"(r "Response")
RETURNS TABLE ("questionId" TEXT, "option" TEXT)
LANGUAGE sql STABLE AS $$
  SELECT '*', '*'
  UNION ALL
  SELECT e.key, e.value #>> '{}'
    FROM jsonb_each(CASE WHEN jsonb_typeof(r.answers) = 'object' THEN r.answers ELSE '{}'::jsonb END) AS e
   WHERE jsonb_typeof(e.value) = 'string' AND e.key = ANY ("answerCountQuestions"())
$$;

-- Adds the completed responses among `added` and subtracts those among `removed`, upserting in key order so
-- concurrent transactions lock rows in the same order and cannot deadlock on each other.
CREATE FUNCTION "applyAnswerCountChanges"(added "Response"[], removed "Response"[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "AnswerCount" ("questionId", "option", "industry", "companySize", "region", "salesModel", "count")
  SELECT k."questionId", k."option", coalesce((c.r).industry, ''), coalesce((c.r)."companySize", ''),
         coalesce((c.r).region, ''), coalesce((c.r)."salesModel", ''), sum(c.delta)::int
  FROM (
    SELECT 1 AS delta, a AS r FROM unnest(added) AS a WHERE a.status = 'COMPLETED'
    UNION ALL
    SELECT -1, o FROM unnest(removed) AS o WHERE o.status = 'COMPLETED'
  ) AS c
  CROSS JOIN LATERAL "answerCountKeys"(c.r) AS k
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(c.delta) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("questionId", "option", "industry", "companySize", "region", "salesModel")
  DO UPDATE SET "count" = "AnswerCount"."count" + excluded."count";
$$;

-- Only completed rows are passed on: a draft's autosave passes nothing and returns at once.
CREATE FUNCTION "maintainAnswerCount"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added "Response"[] := '{}';
  removed "Response"[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    added := ARRAY(SELECT n::"Response" FROM new_responses AS n WHERE n.status = 'COMPLETED');
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    removed := ARRAY(SELECT o::"Response" FROM old_responses AS o WHERE o.status = 'COMPLETED');
  END IF;
  IF cardinality(added) > 0 OR cardinality(removed) > 0 THEN
    PERFORM "applyAnswerCountChanges"(added, removed);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_answer_count_insert" AFTER INSERT ON "Response"
  REFERENCING NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerCount"();
CREATE TRIGGER "Response_answer_count_update" AFTER UPDATE ON "Response"
  REFERENCING OLD TABLE AS old_responses NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerCount"();
CREATE TRIGGER "Response_answer_count_delete" AFTER DELETE ON "Response"
  REFERENCING OLD TABLE AS old_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerCount"();

-- Recount everything from "Response" (after a new counted question, or to repair the table). Holds off response
-- writes while it runs, so no concurrent change can fall between the recount and the swap.
CREATE FUNCTION "rebuildAnswerCount"() RETURNS void
LANGUAGE sql AS $$
  LOCK TABLE "Response" IN SHARE MODE;
  DELETE FROM "AnswerCount";
  INSERT INTO "AnswerCount" ("questionId", "option", "industry", "companySize", "region", "salesModel", "count")
  SELECT k."questionId", k."option", coalesce(r.industry, ''), coalesce(r."companySize", ''), coalesce(r.region, ''),
         coalesce(r."salesModel", ''), count(*)::int
  FROM "Response" AS r CROSS JOIN LATERAL "answerCountKeys"(r) AS k
  WHERE r.status = 'COMPLETED'
  GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- Responses stored before this migration.
SELECT "rebuildAnswerCount"();
