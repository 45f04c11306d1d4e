-- DropIndex
DROP INDEX "Score_companySize_overall_idx";

-- DropIndex
DROP INDEX "Score_industry_companySize_overall_idx";

-- DropIndex
DROP INDEX "Score_overall_idx";

-- DropIndex
DROP INDEX "Score_personalIndex_idx";

-- CreateTable
CREATE TABLE "ScoreCount" (
    "scoringVersion" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ScoreCount_pkey" PRIMARY KEY ("scoringVersion","industry","companySize","metric","score")
);

-- Keep "ScoreCount" equal to a GROUP BY over "Score" in the same transaction as every insert, update and
-- delete of a score (including deletes cascaded from "Response"). Statement-level triggers with transition
-- tables: one bulk insert of a thousand scores is one aggregate upsert, not a thousand. Each score counts once
-- per metric in each peer group it belongs to: industry × size, industry ("*" size), size ("*" industry) and
-- everyone ("*" × "*"); a null index counts at -1 ("insufficient data"). Rows are upserted in key order so
-- concurrent transactions lock them in the same order and cannot deadlock on each other.

-- The (metric, industry, companySize, score) keys one score counts under.
CREATE FUNCTION "scoreCountKeys"(s "Score")
RETURNS TABLE ("metric" TEXT, "industry" TEXT, "companySize" TEXT, "score" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT metric.name, peer.industry, peer.size, coalesce(metric.score, -1)
  FROM (VALUES
    ('overall', s.overall), ('value', s."valueIndex"), ('number', s."numberIndex"),
    ('winRate', s."winRateIndex"), ('salesCycle', s."salesCycleIndex"), ('personal', s."personalIndex")
  ) AS metric(name, score)
  CROSS JOIN (VALUES (s.industry, s."companySize"), (s.industry, '*'), ('*', s."companySize"), ('*', '*')) AS peer(industry, size)
  WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
$$;

CREATE FUNCTION "applyScoreCountChanges"(added "Score"[], removed "Score"[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "ScoreCount" ("scoringVersion", "industry", "companySize", "metric", "score", "count")
  SELECT (changed.s)."scoringVersion", k."industry", k."companySize", k."metric", k."score", sum(changed.delta)::int
  FROM (
    SELECT 1 AS delta, a AS s FROM unnest(added) AS a
    UNION ALL
    SELECT -1, r FROM unnest(removed) AS r
  ) AS changed
  CROSS JOIN LATERAL "scoreCountKeys"(changed.s) AS k
  GROUP BY 1, 2, 3, 4, 5
  HAVING sum(changed.delta) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("scoringVersion", "industry", "companySize", "metric", "score")
  DO UPDATE SET "count" = "ScoreCount"."count" + excluded."count";
$$;

CREATE FUNCTION "maintainScoreCount"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "applyScoreCountChanges"(ARRAY(SELECT n::"Score" FROM new_scores n), '{}');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "applyScoreCountChanges"('{}', ARRAY(SELECT o::"Score" FROM old_scores o));
  ELSE
    PERFORM "applyScoreCountChanges"(ARRAY(SELECT n::"Score" FROM new_scores n), ARRAY(SELECT o::"Score" FROM old_scores o));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Score_count_insert" AFTER INSERT ON "Score"
  REFERENCING NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreCount"();
CREATE TRIGGER "Score_count_update" AFTER UPDATE ON "Score"
  REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreCount"();
CREATE TRIGGER "Score_count_delete" AFTER DELETE ON "Score"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreCount"();

-- Recount everything from "Score" (after a re-score, or to repair a table someone truncated). Holds off score
-- writes while it runs, so no concurrent change can fall between the recount and the swap.
CREATE FUNCTION "rebuildScoreCount"() RETURNS void
LANGUAGE sql AS $$
  LOCK TABLE "Score" IN SHARE MODE;
  DELETE FROM "ScoreCount";
  INSERT INTO "ScoreCount" ("scoringVersion", "metric", "industry", "companySize", "score", "count")
  SELECT s."scoringVersion", k."metric", k."industry", k."companySize", k."score", count(*)::int
  FROM "Score" AS s CROSS JOIN LATERAL "scoreCountKeys"(s) AS k
  GROUP BY 1, 2, 3, 4, 5;
$$;

-- Scores stored before this migration.
SELECT "rebuildScoreCount"();
