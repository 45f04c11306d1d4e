-- One row per peer group instead of one per group × metric × score (docs/decisions/003-peer-percentiles.md): every
-- distribution of a scoring version × industry × company size in one int4[], "ScoreHistogram"."counts", so a
-- submission changes the four rows of its groups (about 25 slots in each) where it upserted up to 96 "ScoreCount"
-- rows. Beside the indices, sections and hard numbers that "ScoreCount" held, velocity in US dollars is counted per
-- bin too, so the admin's benchmarks read its distribution instead of sorting every score.

-- CreateTable
CREATE TABLE "ScoreHistogram" (
    "scoringVersion" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "counts" INTEGER[] NOT NULL,

    CONSTRAINT "ScoreHistogram_pkey" PRIMARY KEY ("scoringVersion","industry","companySize")
);

-- A row's counts are 16 kB, always stored out of line: compressing them again at every update (the default, pglz)
-- cost more than writing them whole. (Measured in the decision record.)
ALTER TABLE "ScoreHistogram" ALTER COLUMN "counts" SET STORAGE EXTERNAL;

-- Where each metric's counts sit in "counts": from subscript "first", "width" slots. An index or a section has 102,
-- "insufficient data" (-1) first, then each whole percent 0–100; a binned figure one slot per bin of its scale
-- (lib/scoring/hard-number-bins.ts; the bin functions of the hard_number_counts migration): win rates, average won deal
-- (US dollars), cycle, quota attainment, sellers at quota, and velocity (US dollars, the money bins). The same layout
-- as lib/scoring/score-histogram-layout.ts, in the same order; a test holds the two together and against the
-- instrument's Part C and D sections. A new section, binned figure or bin scale changes it: that takes a migration
-- that replaces this function (with the width and sections written out in the constraints below, and the trigger's
-- and the recount's figures if a figure is added) and calls "rebuildScoreHistogram"().
CREATE FUNCTION "scoreHistogramLayout"()
RETURNS TABLE ("metric" TEXT, "first" INT, "width" INT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  VALUES
    ('overall', 1, 102),
    ('value', 103, 102),
    ('number', 205, 102),
    ('winRate', 307, 102),
    ('salesCycle', 409, 102),
    ('personal', 511, 102),
    ('section:c.alignment', 613, 102),
    ('section:c.process', 715, 102),
    ('section:c.velocity', 817, 102),
    ('section:c.coaching', 919, 102),
    ('section:c.social', 1021, 102),
    ('section:c.retention', 1123, 102),
    ('section:c.differentiation', 1225, 102),
    ('section:c.methodology', 1327, 102),
    ('section:c.revenue', 1429, 102),
    ('section:d.engagement', 1531, 102),
    ('section:d.perspective', 1633, 102),
    ('section:d.systems', 1735, 102),
    ('hard:unitWinRate', 1837, 101),
    ('hard:valueWinRate', 1938, 101),
    ('hard:averageDeal', 2039, 561),
    ('hard:cycleDays', 2600, 334),
    ('hard:quotaAttainment', 2934, 501),
    ('hard:sellersAtQuota', 3435, 101),
    ('hard:velocity', 3536, 561)
$$;

-- A group's row before anything is counted in it: a zero per slot of the layout.
CREATE FUNCTION "emptyScoreHistogram"() RETURNS int4[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_fill(0, ARRAY[sum(width)::int]) FROM "scoreHistogramLayout"()
$$;

-- A metric's counts in a group's row (null for a metric the layout does not have).
CREATE FUNCTION "scoreHistogramSlice"(counts int4[], metric TEXT) RETURNS int4[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT counts[layout.first : layout.first + layout.width - 1] FROM "scoreHistogramLayout"() AS layout WHERE layout.metric = $2
$$;

-- 4,096: the layout's width (a test holds it to the layout). Written out, because a function call here would be
-- evaluated again at every statement that writes the table.
ALTER TABLE "ScoreHistogram" ADD CONSTRAINT "ScoreHistogram_counts_layout"
  CHECK (cardinality("counts") = 4096 AND array_position("counts", NULL) IS NULL);

-- The flattened layout has no room for a score outside 0–100 or a section it does not list: such a count would land
-- in another metric's slots. The scoring rules never produce one; these constraints make any other writer fail
-- loudly instead. The sections are the layout's, written out for the same reason as above (a test holds them to the
-- layout). Constraints are checked in name order: a "sectionScores" that is no object is left to
-- "Score_sectionScores_object", whose message says so.
ALTER TABLE "Score" ADD CONSTRAINT "Score_indices_whole_percent" CHECK (
  overall BETWEEN 0 AND 100 AND "valueIndex" BETWEEN 0 AND 100 AND "numberIndex" BETWEEN 0 AND 100
  AND "winRateIndex" BETWEEN 0 AND 100 AND "salesCycleIndex" BETWEEN 0 AND 100 AND "personalIndex" BETWEEN 0 AND 100
);
ALTER TABLE "Score" ADD CONSTRAINT "Score_sectionScores_counted" CHECK (
  jsonb_typeof("sectionScores") <> 'object' OR (
    "sectionScores" - '{c.alignment,c.process,c.velocity,c.coaching,c.social,c.retention,c.differentiation,c.methodology,c.revenue,d.engagement,d.perspective,d.systems}'::text[] = '{}'::jsonb
    AND NOT jsonb_path_exists("sectionScores", '$.* ? (!(@ == null || (@.type() == "number" && @ >= 0 && @ <= 100 && @.floor() == @)))')
  )
);

-- Adds deltas to a histogram, slot by slot. PL/pgSQL keeps the array expanded while it assigns elements, so each
-- addition is a store into the array rather than a copy of it.
CREATE FUNCTION "addToHistogram"(counts int4[], slots int[], deltas int[]) RETURNS int4[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  FOR i IN 1 .. coalesce(cardinality(slots), 0) LOOP
    counts[slots[i]] := counts[slots[i]] + deltas[i];
  END LOOP;
  RETURN counts;
END;
$$;

-- Adds one group's changes to its row (a zero row first if the group has none yet). The trigger and the demo bulk
-- loader (lib/demo/demo-aggregates.ts) both write through this.
CREATE FUNCTION "addToScoreHistogram"(group_version TEXT, group_industry TEXT, group_size TEXT, slots int[], deltas int[])
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ScoreHistogram" AS h SET "counts" = "addToHistogram"(h."counts", slots, deltas)
   WHERE h."scoringVersion" = group_version AND h."industry" = group_industry AND h."companySize" = group_size;
  IF NOT FOUND THEN
    INSERT INTO "ScoreHistogram" ("scoringVersion", "industry", "companySize", "counts")
    VALUES (group_version, group_industry, group_size, "addToHistogram"("emptyScoreHistogram"(), slots, deltas))
    ON CONFLICT ("scoringVersion", "industry", "companySize")
    DO UPDATE SET "counts" = "addToHistogram"("ScoreHistogram"."counts", slots, deltas);
  END IF;
END;
$$;

-- Keeps "ScoreHistogram" equal to a count over "Score" in the same transaction as every insert, update and delete of
-- a score (including deletes cascaded from "Response"). Statement-level triggers with transition tables: a bulk insert
-- of a thousand scores updates each of its groups' rows once.
-- A score counts in its industry × size, industry ("*" size), size ("*" industry) and everyone ("*" × "*") groups:
-- each index and section at its whole percent (null at -1), each binned figure it has in its bin (a missing figure is
-- not counted; nothing needs the count of those). Slots whose changes cancel out are left out, and groups left with
-- none, so re-storing an unchanged score writes nothing.
-- Rows are updated in one order for every transaction (the most specific groups first, everyone last, then by key),
-- so concurrent transactions cannot deadlock on each other, and the row every submission updates is held the least.
-- The query is here, in PL/pgSQL, because PL/pgSQL keeps its plan for the session: a SQL function would be planned
-- again at every statement (planning cost more than running it). The figures read from columns are one query and
-- the sections another under a UNION ALL (PostgreSQL 15 fails to plan one query over a UNION ALL of the metrics, see
-- the section_scores migration).
CREATE FUNCTION "maintainScoreHistogram"() RETURNS trigger
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
    added := ARRAY(SELECT n::"Score" FROM new_scores AS n);
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    removed := ARRAY(SELECT o::"Score" FROM old_scores AS o);
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
        ('hard:sellersAtQuota', "percentBin"(changed."sellersAtQuota", 100)), ('hard:velocity', "moneyBin"(changed."velocityUsd"))
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

-- The old aggregate goes; the new one counts everything below.
DROP TRIGGER "Score_count_insert" ON "Score";
DROP TRIGGER "Score_count_update" ON "Score";
DROP TRIGGER "Score_count_delete" ON "Score";
DROP FUNCTION "maintainScoreCount"();
DROP FUNCTION "applyScoreCountChanges"("Score"[], "Score"[]);
DROP FUNCTION "rebuildScoreCount"();
DROP FUNCTION "scoreCountKeys"("Score");

-- DropTable
DROP TABLE "ScoreCount";

CREATE TRIGGER "Score_histogram_insert" AFTER INSERT ON "Score"
  REFERENCING NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreHistogram"();
CREATE TRIGGER "Score_histogram_update" AFTER UPDATE ON "Score"
  REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreHistogram"();
CREATE TRIGGER "Score_histogram_delete" AFTER DELETE ON "Score"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION "maintainScoreHistogram"();

-- Recount everything from "Score" (after a re-score, or to repair the table). Holds off score writes while it runs, so
-- no concurrent change can fall between the recount and the swap. Each score counts once per metric at its own
-- (version, industry, size) first, and those counts are then added up into the four peer groups (expanding every score
-- into its groups first took three times as long, section_scores migration). It restates the trigger's figures; the
-- tests hold the recount and the triggers against a count made in JavaScript.
CREATE FUNCTION "rebuildScoreHistogram"() RETURNS void
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
        ('hard:velocity', "moneyBin"(s."velocityUsd"))
      ) AS figure(metric, slot)
      WHERE figure.slot IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT s."scoringVersion", s.industry, s."companySize", 'section:' || section.key,
        coalesce((section.value #>> '{}')::numeric::int, -1) + 1, count(*)
      FROM "Score" AS s CROSS JOIN LATERAL jsonb_each(s."sectionScores") AS section
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

-- Scores stored before this migration.
SELECT "rebuildScoreHistogram"();

-- The admin benchmarks count a sales figure's bins over "Score" when they group by region or sales model
-- (lib/db/admin-stats/metric-quantiles.ts). Without statistics on the bin expressions PostgreSQL takes a figure to
-- have as many bins as values and plans one hash aggregate over every score; with them it splits the scan between
-- workers (velocity by region at 1,000,000 scores: 0.74 s → 0.53 s).
CREATE STATISTICS "Score_unitWinRate_bin" ON ("rateBin"("unitWinRate")) FROM "Score";
CREATE STATISTICS "Score_valueWinRate_bin" ON ("rateBin"("valueWinRate")) FROM "Score";
CREATE STATISTICS "Score_averageDealUsd_bin" ON ("moneyBin"("averageDealUsd")) FROM "Score";
CREATE STATISTICS "Score_cycleDays_bin" ON ("daysBin"("cycleDays")) FROM "Score";
CREATE STATISTICS "Score_quotaAttainment_bin" ON ("percentBin"("quotaAttainment", 500)) FROM "Score";
CREATE STATISTICS "Score_sellersAtQuota_bin" ON ("percentBin"("sellersAtQuota", 100)) FROM "Score";
CREATE STATISTICS "Score_velocityUsd_bin" ON ("moneyBin"("velocityUsd")) FROM "Score";
ANALYZE "Score";
