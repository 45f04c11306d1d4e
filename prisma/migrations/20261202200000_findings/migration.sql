-- The admin's Findings (docs/decisions/023-findings-rollup.md): for each answer to a Part C or D choice question, the
-- distribution of four outcomes (overall index, unit win rate, cycle, quota attainment) among the completed responses
-- that gave it, so the page reads histograms instead of every response's answers.
--
-- Three tables. A submission only adds a row to "FindingDirty"; the read path counts those responses in ("folds"
-- them, lib/db/findings.ts) after it has answered, so the submit path never rewrites a histogram.
--   "FindingEntry"  per response: what it contributes (peer keys, outcome bins, answer slots), as last counted;
--   "FindingTally"  per (grain, answer slot): the histograms of the counted entries, for everyone ('*'), each peer
--                   key's value and each pair of keys' values; a filter on three or four keys counts the matching
--                   entries instead;
--   "FindingDirty"  responses changed since they were last counted (an id may appear more than once).
-- A figure is always the tally plus the dirty responses' change (their state now less their entry), read in one
-- statement, so it is exact whether or not a fold has run. The folds and the recount add up the tallies' changes in
-- TypeScript (lib/db/finding-tallies.ts); SQL here makes the entries and serves the erasure trigger.

-- CreateTable
CREATE TABLE "FindingEntry" (
    "responseId" UUID NOT NULL,
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "salesModel" TEXT NOT NULL,
    "overall" SMALLINT,
    "unitWinRateBin" SMALLINT,
    "cycleDaysBin" SMALLINT,
    "quotaAttainmentBin" SMALLINT,
    "answers" SMALLINT[] NOT NULL,

    CONSTRAINT "FindingEntry_pkey" PRIMARY KEY ("responseId")
);

-- A filter on three or four keys reads the matching entries through these (a bitmap AND of some of them).
CREATE INDEX "FindingEntry_industry_idx" ON "FindingEntry"("industry");
CREATE INDEX "FindingEntry_companySize_idx" ON "FindingEntry"("companySize");
CREATE INDEX "FindingEntry_region_idx" ON "FindingEntry"("region");
CREATE INDEX "FindingEntry_salesModel_idx" ON "FindingEntry"("salesModel");

-- CreateTable
CREATE TABLE "FindingTally" (
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "counts" INTEGER[] NOT NULL,

    CONSTRAINT "FindingTally_pkey" PRIMARY KEY ("dimension","value","slot")
);

-- CreateTable
CREATE TABLE "FindingDirty" (
    "id" BIGSERIAL NOT NULL,
    "responseId" UUID NOT NULL,

    CONSTRAINT "FindingDirty_pkey" PRIMARY KEY ("id")
);

-- The Part C and D choice questions in the instrument's order; an entry's "answers"[i] is the "answerTallySlotMap"()
-- slot of its answer to question i (0: not answered, or an option the map lacks). Written out so the planner folds
-- it to a constant (lib/db/finding-layout.ts derives the same list and a test holds them equal); a new question
-- needs a migration that replaces this function, empties "FindingEntry" and "FindingTally" and marks every scored
-- response dirty, as this one does at its end.
CREATE FUNCTION "findingQuestionIds"() RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '{c.alignment.strategy-aligned,c.alignment.sales-marketing,c.alignment.leadership-seeks-input,
    c.process.mapped-to-buyer,c.process.followed-by-sellers,c.process.others-know-role,c.process.importance,
    c.velocity.qualification,c.velocity.close-ratio,c.velocity.cycle-length,c.velocity.enough-opportunities,
    c.velocity.major-accounts,c.coaching.manager-coaching-time,c.coaching.selling-basics,
    c.coaching.resources-to-qualified,c.coaching.advanced-skills-importance,c.social.prospecting,
    c.social.conversations,c.retention.retention-rate,c.retention.renewal-rate,c.retention.expand-accounts,
    c.differentiation.key-players,c.differentiation.uncover-problem,c.differentiation.vs-competition,
    c.differentiation.articulate-value,c.differentiation.price-discipline,c.methodology.adopted,c.methodology.in-crm,
    c.methodology.crm-age,c.revenue.forecast-accuracy,c.revenue.forecast-process,c.revenue.pipeline-accurate,
    c.revenue.forecasting-importance,d.engagement.customer-meetings,d.engagement.win-loss-review,
    d.engagement.follow-process,d.engagement.ask-referrals,d.engagement.most-important-stage,
    d.engagement.most-difficult-stage,d.perspective.differentiate,d.perspective.competitive-strategy,
    d.perspective.call-objectives,d.perspective.negotiation,d.perspective.financial-acumen,
    d.perspective.peer-communication,d.perspective.candour,d.systems.crm-relationship,d.systems.methodology-use,
    d.systems.linkedin,d.systems.other-social}'::text[]
$$;

-- Where each count sits in a "FindingTally" row's "counts" (1-based), as lib/db/finding-layout.ts says: 1 the
-- responses, then each outcome's bins: overall index 0–100 at 2–102, unit win rate ("rateBin") at 103–203, cycle
-- ("daysBin") at 204–537, quota attainment ("percentBin" to 500) at 538–1038. A missing outcome is not counted.
CREATE FUNCTION "findingCountSlots"(e "FindingEntry") RETURNS SETOF INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT slot FROM (VALUES (1), (e."overall" + 2), (e."unitWinRateBin" + 103), (e."cycleDaysBin" + 204),
                           (e."quotaAttainmentBin" + 538)) AS outcome(slot)
  WHERE slot IS NOT NULL
$$;

-- A completed, scored response's entry as it is now: peer keys from the response ('' when not given), the outcome
-- bins from its score with the bin rules of the hard_number_counts migration, each answer's slot only when it is a
-- string the map lists. The answers are read with one jsonb_each: each `answers ->> key` would decompress the stored
-- document again (50 times a response, 1.2 ms where this takes a few dozen microseconds).
CREATE FUNCTION "findingEntry"(r "Response", s "Score") RETURNS "FindingEntry"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ROW(r.id, coalesce(r.industry, ''), coalesce(r."companySize", ''), coalesce(r.region, ''),
             coalesce(r."salesModel", ''),
             s.overall::int2, "rateBin"(s."unitWinRate")::int2, "daysBin"(s."cycleDays")::int2,
             "percentBin"(s."quotaAttainment", 500)::int2,
             ARRAY(SELECT coalesce(answered.slot, 0::int2)
                     FROM unnest("findingQuestionIds"()) WITH ORDINALITY AS q(id, position)
                     LEFT JOIN (SELECT e.key, ("answerTallySlotMap"() -> e.key ->> (e.value #>> '{}'))::int2 AS slot
                                  FROM jsonb_each(CASE WHEN jsonb_typeof(r.answers) = 'object' THEN r.answers ELSE '{}'::jsonb END) AS e
                                 WHERE jsonb_typeof(e.value) = 'string') AS answered ON answered.key = q.id
                    ORDER BY q.position))::"FindingEntry"
$$;

-- Adds the `added` entries to the tallies and subtracts the `removed` ones: every grain's change (slot, ±n, changes
-- that cancel out left out) once, then one write per row. Its callers hold the advisory lock 'findings', so no other
-- transaction writes "FindingTally" meanwhile. For the few entries of an erasure; the fold and the bulk loader add
-- up many entries' changes in TypeScript instead (lib/db/finding-tallies.ts: 2,750 rows per entry to group here).
CREATE FUNCTION "applyFindingChanges"(added "FindingEntry"[], removed "FindingEntry"[]) RETURNS void
LANGUAGE plpgsql
-- Each entry changes up to 2,750 cells (50 answers × 5 counts × 11 grains): with the default 4 MB the grouping of
-- a few entries' changes spilled to disk.
SET work_mem = '64MB'
AS $$
DECLARE
  zeros INTEGER[] := array_fill(0, ARRAY[1038]);
  cell record;
BEGIN
  FOR cell IN
    SELECT d.dimension, d.value, d.slot, array_agg(d.count_slot) AS slots, array_agg(d.delta) AS deltas
    FROM (
      SELECT g.dimension, g.value, a.slot, c.count_slot, sum(c.delta)::int AS delta
      FROM (
        SELECT 1 AS delta, e, n.count_slot FROM unnest(added) AS e CROSS JOIN LATERAL "findingCountSlots"(e) AS n(count_slot)
        UNION ALL
        SELECT -1, e, n.count_slot FROM unnest(removed) AS e CROSS JOIN LATERAL "findingCountSlots"(e) AS n(count_slot)
      ) AS c
      CROSS JOIN LATERAL unnest((c.e)."answers") AS a(slot)
      -- The grains of lib/db/finding-layout.ts (FINDING_GRAINS): everyone, each key, each pair of keys.
      CROSS JOIN LATERAL (VALUES ('*', '*'), ('industry', (c.e)."industry"), ('companySize', (c.e)."companySize"),
                                 ('region', (c.e)."region"), ('salesModel', (c.e)."salesModel"),
                                 ('industry+companySize', (c.e)."industry" || '|' || (c.e)."companySize"),
                                 ('industry+region', (c.e)."industry" || '|' || (c.e)."region"),
                                 ('industry+salesModel', (c.e)."industry" || '|' || (c.e)."salesModel"),
                                 ('companySize+region', (c.e)."companySize" || '|' || (c.e)."region"),
                                 ('companySize+salesModel', (c.e)."companySize" || '|' || (c.e)."salesModel"),
                                 ('region+salesModel', (c.e)."region" || '|' || (c.e)."salesModel")) AS g(dimension, value)
      WHERE a.slot > 0
      GROUP BY 1, 2, 3, 4
      HAVING sum(c.delta) <> 0
    ) AS d
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
  LOOP
    -- Update first: an upsert would add the change to a row of zeros as well, every time.
    UPDATE "FindingTally" AS t SET "counts" = "addToSlots"(t."counts", cell.slots, cell.deltas)
     WHERE t."dimension" = cell.dimension AND t."value" = cell.value AND t."slot" = cell.slot;
    IF NOT FOUND THEN
      INSERT INTO "FindingTally" ("dimension", "value", "slot", "counts")
      VALUES (cell.dimension, cell.value, cell.slot, "addToSlots"(zeros, cell.slots, cell.deltas));
    END IF;
  END LOOP;
END;
$$;

-- Marks the responses whose score was written, or changed in what the findings count, as dirty: one small row each,
-- the only work a submission gains.
CREATE FUNCTION "markFindingsDirty"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "FindingDirty" ("responseId") SELECT n."responseId" FROM new_scores AS n;
  ELSE
    INSERT INTO "FindingDirty" ("responseId")
    SELECT n."responseId" FROM new_scores AS n JOIN old_scores AS o ON o.id = n.id
    WHERE (o."responseId", o.overall, o."unitWinRate", o."cycleDays", o."quotaAttainment")
          IS DISTINCT FROM (n."responseId", n.overall, n."unitWinRate", n."cycleDays", n."quotaAttainment")
    UNION ALL
    SELECT o."responseId" FROM new_scores AS n JOIN old_scores AS o ON o.id = n.id WHERE o."responseId" <> n."responseId";
  END IF;
  RETURN NULL;
END;
$$;

-- A score deleted (an erasure cascades from "Response", a re-score removes scores of responses no longer completed):
-- its entry leaves the tallies now, in the deleting transaction, so nothing derived from an erased response outlives
-- it until the next read.
CREATE FUNCTION "forgetFindingEntries"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  removed "FindingEntry"[];
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('findings'));
  removed := ARRAY(SELECT e FROM "FindingEntry" AS e JOIN old_scores AS o ON o."responseId" = e."responseId");
  DELETE FROM "FindingEntry" AS e USING old_scores AS o WHERE e."responseId" = o."responseId";
  IF cardinality(removed) > 0 THEN
    PERFORM "applyFindingChanges"('{}', removed);
  END IF;
  RETURN NULL;
END;
$$;

-- A completed response whose answers, peer keys or status change (a re-key, an edit, reopening it) is dirty too.
CREATE FUNCTION "markFindingResponseDirty"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FindingDirty" ("responseId") VALUES (NEW.id);
  RETURN NULL;
END;
$$;

CREATE FUNCTION "clearFindings"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "FindingDirty";
  DELETE FROM "FindingEntry";
  DELETE FROM "FindingTally";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Score_findings_insert" AFTER INSERT ON "Score"
  REFERENCING NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "markFindingsDirty"();
CREATE TRIGGER "Score_findings_update" AFTER UPDATE ON "Score"
  REFERENCING OLD TABLE AS old_scores NEW TABLE AS new_scores FOR EACH STATEMENT EXECUTE FUNCTION "markFindingsDirty"();
CREATE TRIGGER "Score_findings_delete" AFTER DELETE ON "Score"
  REFERENCING OLD TABLE AS old_scores FOR EACH STATEMENT EXECUTE FUNCTION "forgetFindingEntries"();
CREATE TRIGGER "Score_findings_truncate" AFTER TRUNCATE ON "Score"
  FOR EACH STATEMENT EXECUTE FUNCTION "clearFindings"();
-- A row trigger whose condition PostgreSQL checks itself: a draft's autosave calls no function.
CREATE TRIGGER "Response_findings_changed" AFTER UPDATE ON "Response"
  FOR EACH ROW
  WHEN (OLD.status = 'COMPLETED' AND (OLD.status, OLD.answers, OLD.industry, OLD."companySize", OLD.region, OLD."salesModel")
        IS DISTINCT FROM (NEW.status, NEW.answers, NEW.industry, NEW."companySize", NEW.region, NEW."salesModel"))
  EXECUTE FUNCTION "markFindingResponseDirty"();

-- Responses stored before this migration are counted in by the folds that follow (lib/db/findings.ts), a batch at a
-- time and outside this migration: making the entries and tallies of a million responses here would hold off every
-- submission for minutes. Until the backlog is small the page says it is counting instead of showing figures.
INSERT INTO "FindingDirty" ("responseId") SELECT "responseId" FROM "Score";
