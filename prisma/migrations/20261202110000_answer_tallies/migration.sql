-- Answer counts as one row per combination of the four peer keys (docs/decisions/005-admin-charts.md, issue 17):
-- "AnswerTally" replaces "AnswerCount", which held one row per question × option × combination, so a completed
-- response upserted ~59 rows (its answer to each counted question and the response itself); now it updates one.

-- The migration runs as one transaction: no response is written from here to its end, so none can fall between
-- the old aggregate's last count and the new one's first.
LOCK TABLE "Response" IN SHARE ROW EXCLUSIVE MODE;

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

-- Where each count sits in "counts": slot 1 counts the completed responses; then every option of every choice
-- question of the instrument (lib/instrument, version 2026.2), in its order: section, question, option, so a
-- section's slots are contiguous. Only choice questions, so free text (names, e-mail addresses) is never counted.
-- lib/db/answer-tally-layout.ts derives the same layout from the instrument and a test holds the two equal: a new
-- choice question or option needs a migration that replaces this function and calls "rebuildAnswerTally"() (the
-- arrays take the new width). An answer whose option is not listed (e.g. an option an older instrument had) is not
-- counted anywhere.
-- The layout is written out here as {questionId: {option: slot}}: IMMUTABLE and without arguments, the function is
-- replaced by this constant when a statement is planned, so looking a slot up costs no more than reading a key.
-- (Built from a list of questions by a query, the constant cost 1.5–4 ms each time a statement was planned.)
CREATE FUNCTION "answerTallySlotMap"() RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT '{
    "a.profile.role": {"executive": 2, "sales-leader": 3, "first-line-manager": 4, "seller": 5,
      "sales-operations": 6, "marketing": 7, "other": 8},
    "a.profile.industry": {"software": 9, "it-services": 10, "telecoms": 11, "financial-services": 12,
      "healthcare": 13, "manufacturing": 14, "professional-services": 15, "retail-consumer": 16,
      "energy-utilities": 17, "transport-logistics": 18, "public-education": 19, "other": 20},
    "a.profile.company-size": {"1-49": 21, "50-249": 22, "250-999": 23, "1000-4999": 24, "5000-19999": 25,
      "20000-plus": 26},
    "a.profile.revenue": {"under-10m": 27, "10m-50m": 28, "50m-250m": 29, "250m-1b": 30, "1b-5b": 31, "over-5b": 32,
      "undisclosed": 33},
    "a.profile.region": {"north-america": 34, "latin-america": 35, "europe": 36, "middle-east-africa": 37,
      "asia-pacific": 38},
    "a.profile.sales-team-size": {"1-5": 39, "6-20": 40, "21-50": 41, "51-200": 42, "201-1000": 43, "1000-plus": 44},
    "a.profile.sales-model": {"field": 45, "inside": 46, "channel": 47, "hybrid": 48},
    "b.numbers.currency": {"usd": 49, "eur": 50, "gbp": 51, "cad": 52, "aud": 53, "jpy": 54, "inr": 55, "other": 56},
    "c.alignment.strategy-aligned": {"strongly-disagree": 57, "disagree": 58, "not-sure": 59, "agree": 60,
      "strongly-agree": 61},
    "c.alignment.sales-marketing": {"strongly-disagree": 62, "disagree": 63, "not-sure": 64, "agree": 65,
      "strongly-agree": 66},
    "c.alignment.leadership-seeks-input": {"strongly-disagree": 67, "disagree": 68, "not-sure": 69, "agree": 70,
      "strongly-agree": 71},
    "c.process.mapped-to-buyer": {"strongly-disagree": 72, "disagree": 73, "not-sure": 74, "agree": 75,
      "strongly-agree": 76},
    "c.process.followed-by-sellers": {"strongly-disagree": 77, "disagree": 78, "not-sure": 79, "agree": 80,
      "strongly-agree": 81},
    "c.process.others-know-role": {"strongly-disagree": 82, "disagree": 83, "not-sure": 84, "agree": 85,
      "strongly-agree": 86},
    "c.process.importance": {"not-important": 87, "somewhat-important": 88, "important": 89, "very-important": 90,
      "essential": 91},
    "c.velocity.qualification": {"strongly-disagree": 92, "disagree": 93, "not-sure": 94, "agree": 95,
      "strongly-agree": 96},
    "c.velocity.close-ratio": {"strongly-disagree": 97, "disagree": 98, "not-sure": 99, "agree": 100,
      "strongly-agree": 101},
    "c.velocity.cycle-length": {"strongly-disagree": 102, "disagree": 103, "not-sure": 104, "agree": 105,
      "strongly-agree": 106},
    "c.velocity.enough-opportunities": {"strongly-disagree": 107, "disagree": 108, "not-sure": 109, "agree": 110,
      "strongly-agree": 111},
    "c.velocity.major-accounts": {"strongly-disagree": 112, "disagree": 113, "not-sure": 114, "agree": 115,
      "strongly-agree": 116},
    "c.coaching.manager-coaching-time": {"never": 117, "under-25": 118, "25-50": 119, "50-75": 120, "over-75": 121},
    "c.coaching.selling-basics": {"strongly-disagree": 122, "disagree": 123, "not-sure": 124, "agree": 125,
      "strongly-agree": 126},
    "c.coaching.resources-to-qualified": {"strongly-disagree": 127, "disagree": 128, "not-sure": 129, "agree": 130,
      "strongly-agree": 131},
    "c.coaching.advanced-skills-importance": {"not-important": 132, "somewhat-important": 133, "important": 134,
      "very-important": 135, "essential": 136},
    "c.social.prospecting": {"strongly-disagree": 137, "disagree": 138, "not-sure": 139, "agree": 140,
      "strongly-agree": 141},
    "c.social.conversations": {"strongly-disagree": 142, "disagree": 143, "not-sure": 144, "agree": 145,
      "strongly-agree": 146},
    "c.retention.retention-rate": {"strongly-disagree": 147, "disagree": 148, "not-sure": 149, "agree": 150,
      "strongly-agree": 151},
    "c.retention.renewal-rate": {"strongly-disagree": 152, "disagree": 153, "not-sure": 154, "agree": 155,
      "strongly-agree": 156},
    "c.retention.expand-accounts": {"strongly-disagree": 157, "disagree": 158, "not-sure": 159, "agree": 160,
      "strongly-agree": 161},
    "c.differentiation.key-players": {"strongly-disagree": 162, "disagree": 163, "not-sure": 164, "agree": 165,
      "strongly-agree": 166},
    "c.differentiation.uncover-problem": {"strongly-disagree": 167, "disagree": 168, "not-sure": 169, "agree": 170,
      "strongly-agree": 171},
    "c.differentiation.vs-competition": {"strongly-disagree": 172, "disagree": 173, "not-sure": 174, "agree": 175,
      "strongly-agree": 176},
    "c.differentiation.articulate-value": {"strongly-disagree": 177, "disagree": 178, "not-sure": 179, "agree": 180,
      "strongly-agree": 181},
    "c.differentiation.price-discipline": {"strongly-disagree": 182, "disagree": 183, "not-sure": 184, "agree": 185,
      "strongly-agree": 186},
    "c.methodology.adopted": {"strongly-disagree": 187, "disagree": 188, "not-sure": 189, "agree": 190,
      "strongly-agree": 191},
    "c.methodology.in-crm": {"strongly-disagree": 192, "disagree": 193, "not-sure": 194, "agree": 195,
      "strongly-agree": 196},
    "c.methodology.crm-age": {"no-crm": 197, "under-1-year": 198, "1-2-years": 199, "3-5-years": 200,
      "over-5-years": 201},
    "c.revenue.forecast-accuracy": {"strongly-disagree": 202, "disagree": 203, "not-sure": 204, "agree": 205,
      "strongly-agree": 206},
    "c.revenue.forecast-process": {"strongly-disagree": 207, "disagree": 208, "not-sure": 209, "agree": 210,
      "strongly-agree": 211},
    "c.revenue.pipeline-accurate": {"strongly-disagree": 212, "disagree": 213, "not-sure": 214, "agree": 215,
      "strongly-agree": 216},
    "c.revenue.forecasting-importance": {"not-important": 217, "somewhat-important": 218, "important": 219,
      "very-important": 220, "essential": 221},
    "d.engagement.customer-meetings": {"none": 222, "1-2": 223, "3-5": 224, "6-10": 225, "over-10": 226},
    "d.engagement.win-loss-review": {"never": 227, "under-25": 228, "25-50": 229, "50-75": 230, "over-75": 231},
    "d.engagement.follow-process": {"never": 232, "sometimes": 233, "mostly": 234, "always": 235},
    "d.engagement.ask-referrals": {"never": 236, "under-25": 237, "25-50": 238, "50-75": 239, "over-75": 240},
    "d.engagement.most-important-stage": {"prospecting": 241, "needs-analysis": 242, "qualification": 243,
      "proposal": 244, "negotiation": 245, "closing": 246},
    "d.engagement.most-difficult-stage": {"prospecting": 247, "needs-analysis": 248, "qualification": 249,
      "proposal": 250, "negotiation": 251, "closing": 252},
    "d.perspective.differentiate": {"strongly-disagree": 253, "disagree": 254, "not-sure": 255, "agree": 256,
      "strongly-agree": 257},
    "d.perspective.competitive-strategy": {"strongly-disagree": 258, "disagree": 259, "not-sure": 260, "agree": 261,
      "strongly-agree": 262},
    "d.perspective.call-objectives": {"strongly-disagree": 263, "disagree": 264, "not-sure": 265, "agree": 266,
      "strongly-agree": 267},
    "d.perspective.negotiation": {"strongly-disagree": 268, "disagree": 269, "not-sure": 270, "agree": 271,
      "strongly-agree": 272},
    "d.perspective.financial-acumen": {"strongly-disagree": 273, "disagree": 274, "not-sure": 275, "agree": 276,
      "strongly-agree": 277},
    "d.perspective.peer-communication": {"strongly-disagree": 278, "disagree": 279, "not-sure": 280, "agree": 281,
      "strongly-agree": 282},
    "d.perspective.candour": {"strongly-disagree": 283, "disagree": 284, "not-sure": 285, "agree": 286,
      "strongly-agree": 287},
    "d.systems.crm-relationship": {"not-used": 288, "obligation": 289, "sometimes-useful": 290,
      "runs-my-business": 291},
    "d.systems.methodology-use": {"never": 292, "sometimes": 293, "mostly": 294, "always": 295},
    "d.systems.linkedin": {"never": 296, "sometimes": 297, "mostly": 298, "always": 299},
    "d.systems.other-social": {"never": 300, "sometimes": 301, "mostly": 302, "always": 303}
  }'::jsonb
$$;

-- The same as rows, slot 1 included as question and option "*" (as lib/db/answer-tally-layout.ts lists it).
CREATE FUNCTION "answerTallyLayout"() RETURNS TABLE ("slot" INTEGER, "questionId" TEXT, "option" TEXT)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 1, '*', '*'
  UNION ALL
  SELECT answer.slot::int, question.key, answer.key
  FROM jsonb_each("answerTallySlotMap"()) AS question
  CROSS JOIN LATERAL jsonb_each_text(question.value) AS answer(key, slot)
  ORDER BY 1
$$;

-- The length of every "counts" array.
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
LANGUAGE plpgsql
-- The statements below take the arrays as parameters, and the planner keeps re-planning them for each call (a plan
-- for the actual arrays looks cheaper than the generic one): 0.85 ms of server CPU for one response where the
-- plan kept for the session takes 0.3 ms. The plan's shape does not depend on the number of rows.
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  -- A new row's counts before the change. (A plpgsql expression without parameters keeps its plan for the session,
  -- so the width is worked out once there, not each time the statement below is planned.)
  zeros INTEGER[] := array_fill(0, ARRAY["answerTallyWidth"()]);
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
            "addToSlots"(zeros, tally.slots, tally.deltas))
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

-- Responses stored before this migration: their counts carried over from "AnswerCount", which its triggers kept
-- exact until now (any option there that the layout lacks is left behind). Measured at 20,000 responses on a busy
-- machine: the carry-over took under a second, the recount "rebuildAnswerTally"() 8.5 s, i.e. minutes at a million
-- while the migration holds off every write of "Response" (decision 005).
INSERT INTO "AnswerTally" ("industry", "companySize", "region", "salesModel", "counts")
SELECT c.industry, c."companySize", c.region, c."salesModel",
       "addToSlots"(array_fill(0, ARRAY["answerTallyWidth"()]), array_agg(l.slot), array_agg(c."count"))
FROM "AnswerCount" AS c JOIN "answerTallyLayout"() AS l ON l."questionId" = c."questionId" AND l.option = c.option
WHERE c."count" <> 0
GROUP BY 1, 2, 3, 4;

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

-- The new triggers take over.
CREATE TRIGGER "Response_answer_tally_insert" AFTER INSERT ON "Response"
  REFERENCING NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();
CREATE TRIGGER "Response_answer_tally_update" AFTER UPDATE ON "Response"
  REFERENCING OLD TABLE AS old_responses NEW TABLE AS new_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();
CREATE TRIGGER "Response_answer_tally_delete" AFTER DELETE ON "Response"
  REFERENCING OLD TABLE AS old_responses FOR EACH STATEMENT EXECUTE FUNCTION "maintainAnswerTally"();
