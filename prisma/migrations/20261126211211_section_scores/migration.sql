-- Section scores on "Score", counted in "ScoreCount" beside the indices (docs/decisions/003-peer-percentiles.md).

-- AlterTable
-- Scores stored before this migration get no section scores ('{}'); `npm run db:rescore` fills them in. Every
-- write from now on must say them, so the default is dropped again.
ALTER TABLE "Score" ADD COLUMN     "sectionScores" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Score" ALTER COLUMN "sectionScores" DROP DEFAULT;

-- "scoreCountKeys" walks the object with jsonb_each: anything else would fail inside the trigger with a far less
-- helpful message than this constraint's.
ALTER TABLE "Score" ADD CONSTRAINT "Score_sectionScores_object" CHECK (jsonb_typeof("sectionScores") = 'object');

-- Each section counts as the metric "section:<sectionId>" in the same four peer groups as the indices, a null
-- (no scored item answered) at -1. "applyScoreCountChanges" and "rebuildScoreCount" call this function, so they
-- pick the section metrics up unchanged, and the upsert still runs in key order (deadlock-safe). Two queries under
-- one UNION ALL rather than one query over a UNION ALL of the metrics: PostgreSQL 15 fails to plan the latter once
-- inlined ("variable not found in subplan target list").
CREATE OR REPLACE FUNCTION "scoreCountKeys"(s "Score")
RETURNS TABLE ("metric" TEXT, "industry" TEXT, "companySize" TEXT, "score" INTEGER)
LANGUAGE sql IMMUTABLE AS $$
  SELECT metric.name, peer.industry, peer.size, coalesce(metric.score, -1)
  FROM (VALUES
    ('overall', s.overall), ('value', s."valueIndex"), ('number', s."numberIndex"),
    ('winRate', s."winRateIndex"), ('salesCycle', s."salesCycleIndex"), ('personal', s."personalIndex")
  ) AS metric(name, score)
  CROSS JOIN (VALUES (s.industry, s."companySize"), (s.industry, '*'), ('*', s."companySize"), ('*', '*')) AS peer(industry, size)
  WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
  UNION ALL
  SELECT 'section:' || section.key, peer.industry, peer.size, coalesce((section.value #>> '{}')::int, -1)
  FROM jsonb_each(s."sectionScores") AS section
  CROSS JOIN (VALUES (s.industry, s."companySize"), (s.industry, '*'), ('*', s."companySize"), ('*', '*')) AS peer(industry, size)
  WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
$$;

-- The recount, same result as grouping "scoreCountKeys" over every score: each score counts once per metric at its
-- own (industry, size), and those counts are then added up into the four peer groups. Expanding every score into
-- its 72 keys first took 47 s at 1,000,000 scores (PostgreSQL 15, 2 cores); this takes 15 s, during which score
-- writes wait. It restates the metrics of "scoreCountKeys" because PostgreSQL 15 cannot plan that function's
-- UNION ALL inlined under a GROUP BY here either; the rescore tests hold both against a count made in JavaScript.
CREATE OR REPLACE FUNCTION "rebuildScoreCount"() RETURNS void
LANGUAGE sql AS $$
  LOCK TABLE "Score" IN SHARE MODE;
  DELETE FROM "ScoreCount";
  INSERT INTO "ScoreCount" ("scoringVersion", "metric", "industry", "companySize", "score", "count")
  SELECT own."scoringVersion", own."metric", peer.industry, peer.size, own."score", sum(own.n)::int
  FROM (
    SELECT s."scoringVersion", s.industry, s."companySize", metric.name AS "metric", coalesce(metric.score, -1) AS "score",
      count(*) AS n
    FROM "Score" AS s
    CROSS JOIN LATERAL (VALUES
      ('overall', s.overall), ('value', s."valueIndex"), ('number', s."numberIndex"),
      ('winRate', s."winRateIndex"), ('salesCycle', s."salesCycleIndex"), ('personal', s."personalIndex")
    ) AS metric(name, score)
    GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT s."scoringVersion", s.industry, s."companySize", 'section:' || section.key,
      coalesce((section.value #>> '{}')::int, -1), count(*)
    FROM "Score" AS s CROSS JOIN LATERAL jsonb_each(s."sectionScores") AS section
    GROUP BY 1, 2, 3, 4, 5
  ) AS own
  CROSS JOIN LATERAL (VALUES (own.industry, own."companySize"), (own.industry, '*'), ('*', own."companySize"), ('*', '*'))
    AS peer(industry, size)
  WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5;
$$;

-- Recount, so the aggregate has the section metrics of any scores already stored.
SELECT "rebuildScoreCount"();
