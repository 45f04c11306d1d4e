-- Scoring 2026.2 corrects sales velocity (docs/methodology.md §6). The survey asks for a yearly count of new
-- qualified opportunities, while the velocity formula needs those being worked at one time; by Little's law that
-- is yearly x cycle days / 365, so velocity = yearly opportunities x average won deal x unit win rate / 365 and
-- needs no cycle. Stored scores get the corrected figure from their answers, with the input rules of lib/scoring
-- (an input counts only when it is a JSON number >= 0; a division needs a denominator > 0). No index changes, so
-- the ScoreCount trigger is off meanwhile (it would subtract and re-add every row).
ALTER TABLE "Score" DISABLE TRIGGER "Score_count_update";
UPDATE "Score" AS s
   SET velocity = CASE WHEN sales.opp IS NOT NULL AND sales.avg_deal IS NOT NULL AND sales.unit IS NOT NULL
                       THEN sales.opp * sales.avg_deal * sales.unit / 365 END
  FROM "Response" AS r
  CROSS JOIN LATERAL (
    SELECT opp,
      CASE WHEN won_n + lost_n > 0 THEN won_n / (won_n + lost_n) END AS unit,
      CASE WHEN won_n > 0 THEN won_v / won_n END AS avg_deal
    FROM (
      SELECT
        CASE WHEN jsonb_typeof(raw.o) = 'number' AND raw.o::float8 >= 0 THEN raw.o::float8 END AS opp,
        CASE WHEN jsonb_typeof(raw.wn) = 'number' AND raw.wn::float8 >= 0 THEN raw.wn::float8 END AS won_n,
        CASE WHEN jsonb_typeof(raw.wv) = 'number' AND raw.wv::float8 >= 0 THEN raw.wv::float8 END AS won_v,
        CASE WHEN jsonb_typeof(raw.ln) = 'number' AND raw.ln::float8 >= 0 THEN raw.ln::float8 END AS lost_n
      FROM (SELECT r.answers -> 'b.numbers.new-opportunities' AS o, r.answers -> 'b.numbers.won-count' AS wn,
                   r.answers -> 'b.numbers.won-value' AS wv, r.answers -> 'b.numbers.lost-count' AS ln) AS raw
    ) AS inputs
  ) AS sales
 WHERE r.id = s."responseId";
ALTER TABLE "Score" ENABLE TRIGGER "Score_count_update";
