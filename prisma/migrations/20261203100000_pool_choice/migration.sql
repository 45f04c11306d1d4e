-- The benchmark pool (issue 15, docs/decisions/026-benchmark-pool.md): each participant says whether their answers join
-- the pool, as the answer "a.contact.join-pool" (a box that starts ticked; an answer left out means yes). A response
-- outside the pool keeps its score and report, compared with the pool, but no aggregate counts it: "ScoreHistogram"
-- (peer groups, the public and admin benchmarks, distributions), "AnswerTally" (answer distributions), the Findings,
-- and the reads that scan "Score" (lib/db, which filter on "Score"."inPool"). The admin overview's counts of surveys
-- taken ("OverviewMonth" and its live reads) count every completed response, pool or not (decision 026).
-- The script runs as two transactions (the COMMIT): the columns and triggers, then the covering index.

-- A constant default is kept in the catalogue (PostgreSQL 11 and later): neither table is rewritten, and every response
-- stored so far is in the pool, as none of them could say otherwise.
ALTER TABLE "Response" ADD COLUMN "inPool" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Score" ADD COLUMN "inPool" BOOLEAN NOT NULL DEFAULT true;

-- The rule of lib/instrument/pool.ts (joinsPool) in SQL: in the pool unless the answer is false. A test holds the two
-- together.
CREATE FUNCTION "poolChoiceOf"(answers jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (answers -> 'a.contact.join-pool') IS DISTINCT FROM 'false'::jsonb
$$;

-- "Response"."inPool" is the answer's, whoever writes the row (the survey's autosave and submit, the API, an import, a
-- hand-made UPDATE of the column): derived on every insert and on every update that sets the answers or the column.
-- A draft carries it too, so the submit statement's score (which reads the draft row, below) gets the right one.
CREATE FUNCTION "copyPoolChoice"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."inPool" := "poolChoiceOf"(NEW.answers);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Response_pool_choice" BEFORE INSERT OR UPDATE OF answers, "inPool" ON "Response"
  FOR EACH ROW EXECUTE FUNCTION "copyPoolChoice"();

-- "Score"."inPool" mirrors its response's, as the region and sales model do (admin_stat_columns migration), so the
-- aggregate triggers and the readers of "Score" need no join. A response inserted by the same statement is not visible
-- yet: then the value given is kept (lib/db/completed-write.ts gives the one the response's row returned).
CREATE OR REPLACE FUNCTION "copyScorePeerKeys"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  response_region TEXT;
  response_sales_model TEXT;
  response_in_pool BOOLEAN;
BEGIN
  SELECT r.region, r."salesModel", r."inPool" INTO response_region, response_sales_model, response_in_pool
    FROM "Response" AS r WHERE r.id = NEW."responseId";
  IF FOUND THEN
    NEW.region := response_region;
    NEW."salesModel" := response_sales_model;
    NEW."inPool" := response_in_pool;
  END IF;
  RETURN NEW;
END;
$$;

-- A completed response whose choice changes (nothing in the app does it after submit; an import or a hand-made UPDATE
-- could) takes its score with it, and so every aggregate below. PostgreSQL checks the condition: no call otherwise.
CREATE FUNCTION "copyPoolChoiceToScore"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Score" SET "inPool" = NEW."inPool" WHERE "responseId" = NEW.id AND "inPool" IS DISTINCT FROM NEW."inPool";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_pool_choice_to_score" AFTER UPDATE ON "Response"
  FOR EACH ROW WHEN (NEW.status = 'COMPLETED' AND OLD."inPool" IS DISTINCT FROM NEW."inPool")
  EXECUTE FUNCTION "copyPoolChoiceToScore"();

-- ScoreHistogram counts only scores in the pool: a score leaving it (its "inPool" turned false) is subtracted, one
-- joining it added. Otherwise as in the answer_figure_bins migration.
CREATE OR REPLACE FUNCTION "maintainScoreHistogram"() RETURNS trigger
LANGUAGE plpgsql
-- The query's best plan is the same for any number of rows; without this PostgreSQL plans it afresh at every statement.
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  added "Score"[] := '{}';
  removed "Score"[] := '{}';
  g record;
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    added := ARRAY(SELECT n::"Score" FROM new_scores AS n WHERE n."inPool");
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    removed := ARRAY(SELECT o::"Score" FROM old_scores AS o WHERE o."inPool");
  END IF;
  FOR g IN
    WITH changed AS (
      SELECT 1 AS delta, a.* FROM unnest(added) AS a
      UNION ALL
      SELECT -1, r.* FROM unnest(removed) AS r
    ), counted AS (
      SELECT changed."scoringVersion", changed.industry, changed."companySize", figure.metric, figure.slot, changed.delta
      FROM changed
      CROSS JOIN LATERAL (VALUES
        ('overall', coalesce(changed.overall, -1) + 1), ('value', coalesce(changed."valueIndex", -1) + 1),
        ('number', coalesce(changed."numberIndex", -1) + 1), ('winRate', coalesce(changed."winRateIndex", -1) + 1),
        ('salesCycle', coalesce(changed."salesCycleIndex", -1) + 1), ('personal', coalesce(changed."personalIndex", -1) + 1),
        ('hard:unitWinRate', "rateBin"(changed."unitWinRate")), ('hard:valueWinRate', "rateBin"(changed."valueWinRate")),
        ('hard:averageDeal', "moneyBin"(changed."averageDealUsd")), ('hard:cycleDays', "daysBin"(changed."cycleDays")),
        ('hard:quotaAttainment', "percentBin"(changed."quotaAttainment", 500)),
        ('hard:sellersAtQuota', "percentBin"(changed."sellersAtQuota", 100)), ('hard:velocity', "moneyBin"(changed."velocityUsd")),
        ('hard:opportunities', "countBin"(changed."opportunities")), ('hard:wonCount', "countBin"(changed."wonCount")),
        ('hard:lostCount', "countBin"(changed."lostCount")), ('hard:openCount', "countBin"(changed."openCount")),
        ('hard:wonValue', "moneyBin"(changed."wonValueUsd")), ('hard:lostValue', "moneyBin"(changed."lostValueUsd")),
        ('hard:openValue', "moneyBin"(changed."openValueUsd"))
      ) AS figure(metric, slot)
      WHERE figure.slot IS NOT NULL
      UNION ALL
      SELECT changed."scoringVersion", changed.industry, changed."companySize", 'section:' || section.key,
        coalesce((section.value #>> '{}')::numeric::int, -1) + 1, changed.delta
      FROM changed CROSS JOIN LATERAL jsonb_each(changed."sectionScores") AS section
    )
    SELECT cell.version, cell.industry, cell.size, array_agg(cell.slot) AS slots, array_agg(cell.delta) AS deltas
    FROM (
      SELECT counted."scoringVersion" AS version, peer.industry, peer.size, layout.first + counted.slot AS slot,
        sum(counted.delta)::int AS delta
      FROM counted
      JOIN "scoreHistogramLayout"() AS layout USING (metric)
      CROSS JOIN LATERAL (VALUES (counted.industry, counted."companySize"), (counted.industry, '*'),
                                 ('*', counted."companySize"), ('*', '*')) AS peer(industry, size)
      WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
      GROUP BY 1, 2, 3, 4
      HAVING sum(counted.delta) <> 0
    ) AS cell
    GROUP BY 1, 2, 3
    ORDER BY cell.industry = '*', cell.size = '*', 1, 2, 3
  LOOP
    PERFORM "addToScoreHistogram"(g.version, g.industry, g.size, g.slots, g.deltas);
  END LOOP;
  RETURN NULL;
END;
$$;

-- The recount counts the same scores (otherwise as in the answer_figure_bins migration).
CREATE OR REPLACE FUNCTION "rebuildScoreHistogram"() RETURNS void
LANGUAGE sql AS $$
  LOCK TABLE "Score" IN SHARE MODE;
  DELETE FROM "ScoreHistogram";
  INSERT INTO "ScoreHistogram" ("scoringVersion", "industry", "companySize", "counts")
  SELECT cell.version, cell.industry, cell.size, "addToHistogram"("emptyScoreHistogram"(), array_agg(cell.slot), array_agg(cell.n))
  FROM (
    SELECT own."scoringVersion" AS version, peer.industry, peer.size, layout.first + own.slot AS slot, sum(own.n)::int AS n
    FROM (
      SELECT s."scoringVersion", s.industry, s."companySize", figure.metric, figure.slot, count(*) AS n
      FROM "Score" AS s
      CROSS JOIN LATERAL (VALUES
        ('overall', coalesce(s.overall, -1) + 1), ('value', coalesce(s."valueIndex", -1) + 1),
        ('number', coalesce(s."numberIndex", -1) + 1), ('winRate', coalesce(s."winRateIndex", -1) + 1),
        ('salesCycle', coalesce(s."salesCycleIndex", -1) + 1), ('personal', coalesce(s."personalIndex", -1) + 1),
        ('hard:unitWinRate', "rateBin"(s."unitWinRate")), ('hard:valueWinRate', "rateBin"(s."valueWinRate")),
        ('hard:averageDeal', "moneyBin"(s."averageDealUsd")), ('hard:cycleDays', "daysBin"(s."cycleDays")),
        ('hard:quotaAttainment', "percentBin"(s."quotaAttainment", 500)), ('hard:sellersAtQuota', "percentBin"(s."sellersAtQuota", 100)),
        ('hard:velocity', "moneyBin"(s."velocityUsd")),
        ('hard:opportunities', "countBin"(s."opportunities")), ('hard:wonCount', "countBin"(s."wonCount")),
        ('hard:lostCount', "countBin"(s."lostCount")), ('hard:openCount', "countBin"(s."openCount")),
        ('hard:wonValue', "moneyBin"(s."wonValueUsd")), ('hard:lostValue', "moneyBin"(s."lostValueUsd")),
        ('hard:openValue', "moneyBin"(s."openValueUsd"))
      ) AS figure(metric, slot)
      WHERE figure.slot IS NOT NULL AND s."inPool"
      GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT s."scoringVersion", s.industry, s."companySize", 'section:' || section.key,
        coalesce((section.value #>> '{}')::numeric::int, -1) + 1, count(*)
      FROM "Score" AS s CROSS JOIN LATERAL jsonb_each(s."sectionScores") AS section
      WHERE s."inPool"
      GROUP BY 1, 2, 3, 4, 5
    ) AS own
    JOIN "scoreHistogramLayout"() AS layout USING (metric)
    CROSS JOIN LATERAL (VALUES (own.industry, own."companySize"), (own.industry, '*'), ('*', own."companySize"), ('*', '*'))
      AS peer(industry, size)
    WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
    GROUP BY 1, 2, 3, 4
  ) AS cell
  GROUP BY 1, 2, 3;
$$;

-- AnswerTally counts a completed response in the pool; joining or leaving the pool is a change it counts, like the
-- answers and peer keys (otherwise as in the idempotency_key_expiry migration).
CREATE OR REPLACE FUNCTION "maintainAnswerTally"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added "Response"[] := '{}';
  removed "Response"[] := '{}';
BEGIN
  IF TG_OP = 'INSERT' THEN
    added := ARRAY(SELECT n::"Response" FROM new_responses AS n WHERE n.status = 'COMPLETED' AND n."inPool");
  ELSIF TG_OP = 'DELETE' THEN
    removed := ARRAY(SELECT o::"Response" FROM old_responses AS o WHERE o.status = 'COMPLETED' AND o."inPool");
  ELSE
    added := ARRAY(
      SELECT n::"Response" FROM new_responses AS n JOIN old_responses AS o USING (id)
       WHERE n.status = 'COMPLETED' AND n."inPool"
         AND (n.status, n."inPool", n.answers, n.industry, n."companySize", n.region, n."salesModel")
             IS DISTINCT FROM (o.status, o."inPool", o.answers, o.industry, o."companySize", o.region, o."salesModel"));
    removed := ARRAY(
      SELECT o::"Response" FROM old_responses AS o JOIN new_responses AS n USING (id)
       WHERE o.status = 'COMPLETED' AND o."inPool"
         AND (n.status, n."inPool", n.answers, n.industry, n."companySize", n.region, n."salesModel")
             IS DISTINCT FROM (o.status, o."inPool", o.answers, o.industry, o."companySize", o.region, o."salesModel"));
  END IF;
  IF cardinality(added) > 0 OR cardinality(removed) > 0 THEN
    PERFORM "applyAnswerTallyChanges"(added, removed);
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "rebuildAnswerTally"() RETURNS void
LANGUAGE sql AS $$
  LOCK TABLE "Response" IN SHARE MODE;
  DELETE FROM "AnswerTally";
  INSERT INTO "AnswerTally" ("industry", "companySize", "region", "salesModel", "counts")
  SELECT industry, "companySize", region, "salesModel",
         "addToSlots"(array_fill(0, ARRAY["answerTallyWidth"()]), array_agg(slot), array_agg(n))
  FROM (
    SELECT coalesce(r.industry, '') AS industry, coalesce(r."companySize", '') AS "companySize",
           coalesce(r.region, '') AS region, coalesce(r."salesModel", '') AS "salesModel", s.slot, count(*)::int AS n
    FROM "Response" AS r CROSS JOIN LATERAL "answerTallySlots"(r.answers) AS s(slot)
    WHERE r.status = 'COMPLETED' AND r."inPool"
    GROUP BY 1, 2, 3, 4, 5
  ) AS cells
  GROUP BY 1, 2, 3, 4;
$$;

-- The admin overview now reads AnswerTally's count of the responses in the pool beside its own counts (decision 026),
-- so a TRUNCATE of "Response" (a test, a reset) empties it as it empties the rolled-up months: no count of rows gone
-- outlives them. (A TRUNCATE fires no delete trigger.)
CREATE FUNCTION "clearAnswerTally"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "AnswerTally";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_answer_tally_truncate" AFTER TRUNCATE ON "Response"
  FOR EACH STATEMENT EXECUTE FUNCTION "clearAnswerTally"();

-- The Findings' entries are made only for responses in the pool (lib/db/findings.ts, finding-counts.ts); a response
-- joining or leaving it is marked dirty, so the next fold counts it in or out (findings migration).
DROP TRIGGER "Response_findings_changed" ON "Response";
CREATE TRIGGER "Response_findings_changed" AFTER UPDATE ON "Response"
  FOR EACH ROW
  WHEN (OLD.status = 'COMPLETED' AND (OLD.status, OLD."inPool", OLD.answers, OLD.industry, OLD."companySize", OLD.region, OLD."salesModel")
        IS DISTINCT FROM (NEW.status, NEW."inPool", NEW.answers, NEW.industry, NEW."companySize", NEW.region, NEW."salesModel"))
  EXECUTE FUNCTION "markFindingResponseDirty"();

COMMIT;

-- The reads filtered by region or sales model scan the covering index on (region, sales model) (answer_figure_bins
-- migration); they now read only scores in the pool, so the index holds only those: a partial index, which those reads
-- (their WHERE says s."inPool") can still use without visiting the table. Built beside the index it replaces, which
-- then goes in a transaction of its own, and the new one takes its name, as in the answer_figure_bins migration. The
-- build holds off score writes (not reads) while it runs: measured in decision 026.
CREATE INDEX IF NOT EXISTS "Score_region_salesModel_pooled" ON "Score"("region", "salesModel") INCLUDE (
  "industry", "companySize", "unitWinRate", "valueWinRate", "averageDealUsd", "cycleDays", "quotaAttainment",
  "sellersAtQuota", "velocityUsd", "opportunities", "wonCount", "lostCount", "openCount", "wonValueUsd", "lostValueUsd",
  "openValueUsd"
) WHERE "inPool";
COMMIT;
DROP INDEX "Score_region_salesModel_idx";
ALTER INDEX "Score_region_salesModel_pooled" RENAME TO "Score_region_salesModel_idx";
