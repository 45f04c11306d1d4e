-- Answer counts as one row per combination of the four peer keys (docs/decisions/005-admin-charts.md, issue 17):
-- "AnswerTally" replaces "AnswerCount", which held one row per question × option × combination, so a completed
-- response upserted ~59 rows (its answer to each counted question and the response itself); now it updates one.

-- The old aggregate: triggers first, then what they called, then the table.
DROP TRIGGER "Response_answer_count_insert" ON "Response";
DROP TRIGGER "Response_answer_count_update" ON "Response";
DROP TRIGGER "Response_answer_count_delete" ON "Response";
DROP FUNCTION "maintainAnswerCount"();
DROP FUNCTION "rebuildAnswerCount"();
DROP FUNCTION "applyAnswerCountChanges"("Response"[], "Response"[]);
DROP FUNCTION "answerCountKeys"("Response");
DROP FUNCTION "answerCountQuestions"();
DROP TABLE "AnswerCount";

-- CreateTable
-- (Prisma's Int[] cannot say NOT NULL; the column is never null: every row is made with the layout's width.)
CREATE TABLE "AnswerTally" (
    "industry" TEXT NOT NULL,
    "companySize" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "salesModel" TEXT NOT NULL,
    "counts" INTEGER[] NOT NULL,

    CONSTRAINT "AnswerTally_pkey" PRIMARY KEY ("industry","companySize","region","salesModel")
);

-- Where each count sits in "counts": slot 1 ("*", "*") counts the completed responses; then every option of every
-- choice question of the instrument (lib/instrument, version 2026.2), in its order: section, question, option, so
-- a section's slots are contiguous. Only choice questions, so free text (names, e-mail addresses) is never counted.
-- lib/db/answer-tally-layout.ts derives the same list from the instrument and a test holds the two equal: a new
-- choice question or option needs a migration that replaces this function and calls "rebuildAnswerTally"() (the
-- array grows to the new width). An answer whose option is not listed (e.g. an option an older instrument had) is
-- not counted anywhere.
CREATE FUNCTION "answerTallyLayout"() RETURNS TABLE ("slot" INTEGER, "questionId" TEXT, "option" TEXT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 1, '*', '*'
  UNION ALL
  SELECT (1 + row_number() OVER (ORDER BY question.n, answer.n))::int, question.pair ->> 0, answer.option
  FROM jsonb_array_elements('[
    ["a.profile.role", ["executive", "sales-leader", "first-line-manager", "seller", "sales-operations",
      "marketing", "other"]],
    ["a.profile.industry", ["software", "it-services", "telecoms", "financial-services", "healthcare",
      "manufacturing", "professional-services", "retail-consumer", "energy-utilities", "transport-logistics",
      "public-education", "other"]],
    ["a.profile.company-size", ["1-49", "50-249", "250-999", "1000-4999", "5000-19999", "20000-plus"]],
    ["a.profile.revenue", ["under-10m", "10m-50m", "50m-250m", "250m-1b", "1b-5b", "over-5b", "undisclosed"]],
    ["a.profile.region", ["north-america", "latin-america", "europe", "middle-east-africa", "asia-pacific"]],
    ["a.profile.sales-team-size", ["1-5", "6-20", "21-50", "51-200", "201-1000", "1000-plus"]],
    ["a.profile.sales-model", ["field", "inside", "channel", "hybrid"]],
    ["b.numbers.currency", ["usd", "eur", "gbp", "cad", "aud", "jpy", "inr", "other"]],
    ["c.alignment.strategy-aligned", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.alignment.sales-marketing", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.alignment.leadership-seeks-input", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.process.mapped-to-buyer", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.process.followed-by-sellers", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.process.others-know-role", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.process.importance", ["not-important", "somewhat-important", "important", "very-important", "essential"]],
    ["c.velocity.qualification", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.velocity.close-ratio", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.velocity.cycle-length", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.velocity.enough-opportunities", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.velocity.major-accounts", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.coaching.manager-coaching-time", ["never", "under-25", "25-50", "50-75", "over-75"]],
    ["c.coaching.selling-basics", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.coaching.resources-to-qualified", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.coaching.advanced-skills-importance", ["not-important", "somewhat-important", "important", "very-important",
      "essential"]],
    ["c.social.prospecting", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.social.conversations", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.retention.retention-rate", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.retention.renewal-rate", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.retention.expand-accounts", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.differentiation.key-players", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.differentiation.uncover-problem", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.differentiation.vs-competition", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.differentiation.articulate-value", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.differentiation.price-discipline", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.methodology.adopted", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.methodology.in-crm", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.methodology.crm-age", ["no-crm", "under-1-year", "1-2-years", "3-5-years", "over-5-years"]],
    ["c.revenue.forecast-accuracy", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.revenue.forecast-process", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.revenue.pipeline-accurate", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["c.revenue.forecasting-importance", ["not-important", "somewhat-important", "important", "very-important",
      "essential"]],
    ["d.engagement.customer-meetings", ["none", "1-2", "3-5", "6-10", "over-10"]],
    ["d.engagement.win-loss-review", ["never", "under-25", "25-50", "50-75", "over-75"]],
    ["d.engagement.follow-process", ["never", "sometimes", "mostly", "always"]],
    ["d.engagement.ask-referrals", ["never", "under-25", "25-50", "50-75", "over-75"]],
    ["d.engagement.most-important-stage", ["prospecting", "needs-analysis", "qualification", "proposal",
      "negotiation", "closing"]],
    ["d.engagement.most-difficult-stage", ["prospecting", "needs-analysis", "qualification", "proposal",
      "negotiation", "closing"]],
    ["d.perspective.differentiate", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.competitive-strategy", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.call-objectives", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.negotiation", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.financial-acumen", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.peer-communication", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.perspective.candour", ["strongly-disagree", "disagree", "not-sure", "agree", "strongly-agree"]],
    ["d.systems.crm-relationship", ["not-used", "obligation", "sometimes-useful", "runs-my-business"]],
    ["d.systems.methodology-use", ["never", "sometimes", "mostly", "always"]],
    ["d.systems.linkedin", ["never", "sometimes", "mostly", "always"]],
    ["d.systems.other-social", ["never", "sometimes", "mostly", "always"]]
  ]'::jsonb) WITH ORDINALITY AS question(pair, n)
  CROSS JOIN LATERAL jsonb_array_elements_text(question.pair -> 1) WITH ORDINALITY AS answer(option, n)
$$;

-- The layout as one lookup, {questionId: {option: slot}} (slot 1 left out), and its width. IMMUTABLE without
-- arguments: the planner computes each once per plan, so the triggers look slots up in a constant.
CREATE FUNCTION "answerTallySlotMap"() RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jsonb_object_agg(question."questionId", question.options)
  FROM (
    SELECT l."questionId", jsonb_object_agg(l.option, l.slot) AS options
    FROM "answerTallyLayout"() AS l WHERE l.slot > 1 GROUP BY 1
  ) AS question
$$;

CREATE FUNCTION "answerTallyWidth"() RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT max(slot) FROM "answerTallyLayout"()
$$;

-- The slots one response counts in: slot 1, and the slot of its string answer to each question of the layout (an
-- option the layout does not list counts nowhere). jsonb_each reads the stored document once.
CREATE FUNCTION "answerTallySlots"(answers jsonb) RETURNS SETOF INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 1
  UNION ALL
  SELECT answered.slot
  FROM (
    SELECT ("answerTallySlotMap"() -> e.key ->> (e.value #>> '{}'))::int AS slot
    FROM jsonb_each(CASE WHEN jsonb_typeof(answers) = 'object' THEN answers ELSE '{}'::jsonb END) AS e
    WHERE jsonb_typeof(e.value) = 'string'
  ) AS answered
  WHERE answered.slot IS NOT NULL
$$;

-- counts with deltas[i] added at slots[i]: in place on plpgsql's expanded array, one step per changed slot.
CREATE FUNCTION "addToSlots"(counts INTEGER[], slots INTEGER[], deltas INTEGER[]) RETURNS INTEGER[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  FOR i IN 1 .. coalesce(cardinality(slots), 0) LOOP
    counts[slots[i]] := counts[slots[i]] + deltas[i];
  END LOOP;
  RETURN counts;
END;
$$;

-- Adds the responses among `added` and subtracts those among `removed` (the trigger passes completed ones only):
-- each peer-key combination's sparse change (slot, ±n; slots whose changes cancel out are left out, and so is a
-- combination with none left) is computed once, then one statement per combination, in key order, makes its row
-- if missing and adds the change, so concurrent transactions lock rows in the same order and cannot deadlock on
-- each other. (Measured against a separate INSERT … DO NOTHING and UPDATE per combination: no difference, so the
-- one statement.)
CREATE FUNCTION "applyAnswerTallyChanges"(added "Response"[], removed "Response"[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  tally record;
BEGIN
  FOR tally IN
    SELECT d.industry, d."companySize", d.region, d."salesModel",
           array_agg(d.slot) AS slots, array_agg(d.delta) AS deltas
    FROM (
      SELECT coalesce((c.r).industry, '') AS industry, coalesce((c.r)."companySize", '') AS "companySize",
             coalesce((c.r).region, '') AS region, coalesce((c.r)."salesModel", '') AS "salesModel",
             s.slot, sum(c.delta)::int AS delta
      FROM (
        SELECT 1 AS delta, a AS r FROM unnest(added) AS a
        UNION ALL
        SELECT -1, o FROM unnest(removed) AS o
      ) AS c
      CROSS JOIN LATERAL "answerTallySlots"((c.r).answers) AS s(slot)
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(c.delta) <> 0
    ) AS d
    GROUP BY 1, 2, 3, 4
    ORDER BY 1, 2, 3, 4
  LOOP
    INSERT INTO "AnswerTally" AS t ("industry", "companySize", "region", "salesModel", "counts")
    VALUES (tally.industry, tally."companySize", tally.region, tally."salesModel",
            "addToSlots"(array_fill(0, ARRAY["answerTallyWidth"()]), tally.slots, tally.deltas))
    ON CONFLICT ("industry", "companySize", "region", "salesModel")
    DO UPDATE SET "counts" = "addToSlots"(t."counts", tally.slots, tally.deltas);
  END LOOP;
END;
$$;

-- Only completed rows are passed on: a draft's autosave passes nothing and returns at once.
CREATE FUNCTION "maintainAnswerTally"() RETURNS trigger
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
    PERFORM "applyAnswerTallyChanges"(added, removed);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Response_answer_tally_insert" AFTER INSERT ON "Response"
  REFERENCING NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();
CREATE TRIGGER "Response_answer_tally_update" AFTER UPDATE ON "Response"
  REFERENCING OLD TABLE AS old_responses NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();
CREATE TRIGGER "Response_answer_tally_delete" AFTER DELETE ON "Response"
  REFERENCING OLD TABLE AS old_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();

-- Recount everything from "Response" (after a change of the layout, or to repair the table). Holds off response
-- writes while it runs, so no concurrent change can fall between the recount and the swap.
CREATE FUNCTION "rebuildAnswerTally"() RETURNS void
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
    WHERE r.status = 'COMPLETED'
    GROUP BY 1, 2, 3, 4, 5
  ) AS cells
  GROUP BY 1, 2, 3, 4;
$$;

-- Responses stored before this migration.
SELECT "rebuildAnswerTally"();
