-- Hard numbers against peers (docs/decisions/010-hard-number-peers.md): each Score row's win rates, average won deal,
-- cycle, quota attainment and share of sellers at quota are counted in "ScoreCount" beside the indices, in whole-number
-- bins, under the metric "hard:<name>" and in the same four peer groups, so a peer group's distribution of each is a
-- read of a few hundred small rows at any number of responses.

-- AlterTable
-- Money in US dollars at the fixed rate table of lib/scoring/currency.ts (null when the currency cannot be converted),
-- and the quota figures as given when in range (lib/scoring hardNumbersInBasis), written by the application.
ALTER TABLE "Score" ADD COLUMN     "averageDealUsd" DOUBLE PRECISION,
ADD COLUMN     "quotaAttainment" DOUBLE PRECISION,
ADD COLUMN     "sellersAtQuota" DOUBLE PRECISION,
ADD COLUMN     "velocityUsd" DOUBLE PRECISION;

-- Scores stored before this migration, from their answers and sales columns, with the rates of currency table
-- 2026.1 (a re-score recomputes them with the application's rules). No count changes yet, so the ScoreCount trigger
-- is off meanwhile; the recount at the end counts everything.
ALTER TABLE "Score" DISABLE TRIGGER "Score_count_update";
UPDATE "Score" AS s
   SET "quotaAttainment" = figures.quota, "sellersAtQuota" = figures.sellers,
       "averageDealUsd" = s."averageDealValue" / figures.rate, "velocityUsd" = s.velocity / figures.rate
  FROM "Response" AS r
  CROSS JOIN LATERAL (
    SELECT CASE WHEN given.quota BETWEEN 0 AND 500 THEN given.quota END AS quota,
      CASE WHEN given.sellers BETWEEN 0 AND 100 THEN given.sellers END AS sellers,
      (SELECT rate.units FROM (VALUES ('usd', 1::float8), ('eur', 0.9), ('gbp', 0.77), ('cad', 1.38), ('aud', 1.55),
         ('jpy', 150), ('inr', 86)) AS rate(currency, units)
        WHERE rate.currency = lower(given.currency)) AS rate
    FROM (
      SELECT
        CASE WHEN jsonb_typeof(r.answers -> 'b.numbers.quota-attainment') = 'number'
             THEN (r.answers -> 'b.numbers.quota-attainment')::float8 END AS quota,
        CASE WHEN jsonb_typeof(r.answers -> 'b.numbers.sellers-at-quota') = 'number'
             THEN (r.answers -> 'b.numbers.sellers-at-quota')::float8 END AS sellers,
        CASE WHEN jsonb_typeof(r.answers -> 'b.numbers.currency') = 'string'
             THEN r.answers ->> 'b.numbers.currency' END AS currency
    ) AS given
  ) AS figures
 WHERE r.id = s."responseId";
ALTER TABLE "Score" ENABLE TRIGGER "Score_count_update";

-- The bins, exactly as lib/scoring/hard-number-bins.ts makes them: the same IEEE operations on the same doubles, or
-- comparisons with the same decimal bounds (width_bucket counts the bounds at or below the figure), so the
-- application's counts (bulk loads) and these always agree. A test holds these against the TypeScript.
-- Win rates (fractions) and percentages as given: whole percents, half up, clamped to the range; null stays null
-- (least and greatest would skip it). Plain SQL and not STRICT, so the planner inlines them.
CREATE FUNCTION "rateBin"(rate float8) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN rate IS NOT NULL THEN least(greatest(floor(rate * 100::float8 + 0.5::float8), 0::float8), 100::float8)::int END
$$;

CREATE FUNCTION "percentBin"(percent float8, top int) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN percent IS NOT NULL THEN least(greatest(floor(percent + 0.5::float8), 0::float8), top::float8)::int END
$$;

-- US dollars: bins centred on 0 and the ISO 3 R40 numbers from 1 to 9.5e13; these are the bounds between them.
CREATE FUNCTION "moneyBin"(amount float8) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT width_bucket(amount, '{
        0.5,1.03,1.09,1.15,1.21,1.28,1.36,1.45,1.55,1.65,1.75,1.85,1.95,2.06,2.18,2.3,2.43,2.57,2.72,2.9,3.07,3.25,3.45,
    3.65,3.87,4.12,4.37,4.62,4.87,5.15,5.45,5.8,6.15,6.5,6.9,7.3,7.75,8.25,8.75,9.25,9.75,10.3,10.9,11.5,12.1,12.8,
    13.6,14.5,15.5,16.5,17.5,18.5,19.5,20.6,21.8,23,24.3,25.7,27.2,29,30.7,32.5,34.5,36.5,38.7,41.2,43.7,46.2,48.7,
    51.5,54.5,58,61.5,65,69,73,77.5,82.5,87.5,92.5,97.5,103,109,115,121,128,136,145,155,165,175,185,195,206,218,230,
    243,257,272,290,307,325,345,365,387,412,437,462,487,515,545,580,615,650,690,730,775,825,875,925,975,1030,1090,
    1150,1210,1280,1360,1450,1550,1650,1750,1850,1950,2060,2180,2300,2430,2570,2720,2900,3070,3250,3450,3650,3870,
    4120,4370,4620,4870,5150,5450,5800,6150,6500,6900,7300,7750,8250,8750,9250,9750,10300,10900,11500,12100,12800,
    13600,14500,15500,16500,17500,18500,19500,20600,21800,23000,24300,25700,27200,29000,30700,32500,34500,36500,38700,
    41200,43700,46200,48700,51500,54500,58000,61500,65000,69000,73000,77500,82500,87500,92500,97500,103000,109000,
    115000,121000,128000,136000,145000,155000,165000,175000,185000,195000,206000,218000,230000,243000,257000,272000,
    290000,307000,325000,345000,365000,387000,412000,437000,462000,487000,515000,545000,580000,615000,650000,690000,
    730000,775000,825000,875000,925000,975000,1030000,1090000,1150000,1210000,1280000,1360000,1450000,1550000,1650000,
    1750000,1850000,1950000,2060000,2180000,2300000,2430000,2570000,2720000,2900000,3070000,3250000,3450000,3650000,
    3870000,4120000,4370000,4620000,4870000,5150000,5450000,5800000,6150000,6500000,6900000,7300000,7750000,8250000,
    8750000,9250000,9750000,10300000,10900000,11500000,12100000,12800000,13600000,14500000,15500000,16500000,17500000,
    18500000,19500000,20600000,21800000,23000000,24300000,25700000,27200000,29000000,30700000,32500000,34500000,
    36500000,38700000,41200000,43700000,46200000,48700000,51500000,54500000,58000000,61500000,65000000,69000000,
    73000000,77500000,82500000,87500000,92500000,97500000,103000000,109000000,115000000,121000000,128000000,136000000,
    145000000,155000000,165000000,175000000,185000000,195000000,206000000,218000000,230000000,243000000,257000000,
    272000000,290000000,307000000,325000000,345000000,365000000,387000000,412000000,437000000,462000000,487000000,
    515000000,545000000,580000000,615000000,650000000,690000000,730000000,775000000,825000000,875000000,925000000,
    975000000,1030000000,1090000000,1150000000,1210000000,1280000000,1360000000,1450000000,1550000000,1650000000,
    1750000000,1850000000,1950000000,2060000000,2180000000,2300000000,2430000000,2570000000,2720000000,2900000000,
    3070000000,3250000000,3450000000,3650000000,3870000000,4120000000,4370000000,4620000000,4870000000,5150000000,
    5450000000,5800000000,6150000000,6500000000,6900000000,7300000000,7750000000,8250000000,8750000000,9250000000,
    9750000000,10300000000,10900000000,11500000000,12100000000,12800000000,13600000000,14500000000,15500000000,
    16500000000,17500000000,18500000000,19500000000,20600000000,21800000000,23000000000,24300000000,25700000000,
    27200000000,29000000000,30700000000,32500000000,34500000000,36500000000,38700000000,41200000000,43700000000,
    46200000000,48700000000,51500000000,54500000000,58000000000,61500000000,65000000000,69000000000,73000000000,
    77500000000,82500000000,87500000000,92500000000,97500000000,103000000000,109000000000,115000000000,121000000000,
    128000000000,136000000000,145000000000,155000000000,165000000000,175000000000,185000000000,195000000000,
    206000000000,218000000000,230000000000,243000000000,257000000000,272000000000,290000000000,307000000000,
    325000000000,345000000000,365000000000,387000000000,412000000000,437000000000,462000000000,487000000000,
    515000000000,545000000000,580000000000,615000000000,650000000000,690000000000,730000000000,775000000000,
    825000000000,875000000000,925000000000,975000000000,1030000000000,1090000000000,1150000000000,1210000000000,
    1280000000000,1360000000000,1450000000000,1550000000000,1650000000000,1750000000000,1850000000000,1950000000000,
    2060000000000,2180000000000,2300000000000,2430000000000,2570000000000,2720000000000,2900000000000,3070000000000,
    3250000000000,3450000000000,3650000000000,3870000000000,4120000000000,4370000000000,4620000000000,4870000000000,
    5150000000000,5450000000000,5800000000000,6150000000000,6500000000000,6900000000000,7300000000000,7750000000000,
    8250000000000,8750000000000,9250000000000,9750000000000,10300000000000,10900000000000,11500000000000,
    12100000000000,12800000000000,13600000000000,14500000000000,15500000000000,16500000000000,17500000000000,
    18500000000000,19500000000000,20600000000000,21800000000000,23000000000000,24300000000000,25700000000000,
    27200000000000,29000000000000,30700000000000,32500000000000,34500000000000,36500000000000,38700000000000,
    41200000000000,43700000000000,46200000000000,48700000000000,51500000000000,54500000000000,58000000000000,
    61500000000000,65000000000000,69000000000000,73000000000000,77500000000000,82500000000000,87500000000000,
    92500000000000
  }'::float8[])
$$;

-- Days: whole days to 99, five-day steps to 995, fifty-day steps to 3,650; these are the bounds between them.
CREATE FUNCTION "daysBin"(days float8) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT width_bucket(days, '{
        0.5,1.5,2.5,3.5,4.5,5.5,6.5,7.5,8.5,9.5,10.5,11.5,12.5,13.5,14.5,15.5,16.5,17.5,18.5,19.5,20.5,21.5,22.5,23.5,
    24.5,25.5,26.5,27.5,28.5,29.5,30.5,31.5,32.5,33.5,34.5,35.5,36.5,37.5,38.5,39.5,40.5,41.5,42.5,43.5,44.5,45.5,
    46.5,47.5,48.5,49.5,50.5,51.5,52.5,53.5,54.5,55.5,56.5,57.5,58.5,59.5,60.5,61.5,62.5,63.5,64.5,65.5,66.5,67.5,
    68.5,69.5,70.5,71.5,72.5,73.5,74.5,75.5,76.5,77.5,78.5,79.5,80.5,81.5,82.5,83.5,84.5,85.5,86.5,87.5,88.5,89.5,
    90.5,91.5,92.5,93.5,94.5,95.5,96.5,97.5,98.5,99.5,102.5,107.5,112.5,117.5,122.5,127.5,132.5,137.5,142.5,147.5,
    152.5,157.5,162.5,167.5,172.5,177.5,182.5,187.5,192.5,197.5,202.5,207.5,212.5,217.5,222.5,227.5,232.5,237.5,242.5,
    247.5,252.5,257.5,262.5,267.5,272.5,277.5,282.5,287.5,292.5,297.5,302.5,307.5,312.5,317.5,322.5,327.5,332.5,337.5,
    342.5,347.5,352.5,357.5,362.5,367.5,372.5,377.5,382.5,387.5,392.5,397.5,402.5,407.5,412.5,417.5,422.5,427.5,432.5,
    437.5,442.5,447.5,452.5,457.5,462.5,467.5,472.5,477.5,482.5,487.5,492.5,497.5,502.5,507.5,512.5,517.5,522.5,527.5,
    532.5,537.5,542.5,547.5,552.5,557.5,562.5,567.5,572.5,577.5,582.5,587.5,592.5,597.5,602.5,607.5,612.5,617.5,622.5,
    627.5,632.5,637.5,642.5,647.5,652.5,657.5,662.5,667.5,672.5,677.5,682.5,687.5,692.5,697.5,702.5,707.5,712.5,717.5,
    722.5,727.5,732.5,737.5,742.5,747.5,752.5,757.5,762.5,767.5,772.5,777.5,782.5,787.5,792.5,797.5,802.5,807.5,812.5,
    817.5,822.5,827.5,832.5,837.5,842.5,847.5,852.5,857.5,862.5,867.5,872.5,877.5,882.5,887.5,892.5,897.5,902.5,907.5,
    912.5,917.5,922.5,927.5,932.5,937.5,942.5,947.5,952.5,957.5,962.5,967.5,972.5,977.5,982.5,987.5,992.5,997.5,1025,
    1075,1125,1175,1225,1275,1325,1375,1425,1475,1525,1575,1625,1675,1725,1775,1825,1875,1925,1975,2025,2075,2125,
    2175,2225,2275,2325,2375,2425,2475,2525,2575,2625,2675,2725,2775,2825,2875,2925,2975,3025,3075,3125,3175,3225,
    3275,3325,3375,3425,3475,3525,3575,3625
  }'::float8[])
$$;

-- The keys one score counts under: the indices and sections as before (section_scores migration), and each hard
-- number it has in its bin. A null figure is not counted (unlike a null index, nothing needs the count of those).
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
  UNION ALL
  SELECT 'hard:' || hard.name, peer.industry, peer.size, hard.bin
  FROM (VALUES
    ('unitWinRate', "rateBin"(s."unitWinRate")), ('valueWinRate', "rateBin"(s."valueWinRate")),
    ('averageDeal', "moneyBin"(s."averageDealUsd")), ('cycleDays', "daysBin"(s."cycleDays")),
    ('quotaAttainment', "percentBin"(s."quotaAttainment", 500)), ('sellersAtQuota', "percentBin"(s."sellersAtQuota", 100))
  ) AS hard(name, bin)
  CROSS JOIN (VALUES (s.industry, s."companySize"), (s.industry, '*'), ('*', s."companySize"), ('*', '*')) AS peer(industry, size)
  WHERE hard.bin IS NOT NULL AND peer.industry IS NOT NULL AND peer.size IS NOT NULL
$$;

-- The recount restates the metrics once more (docs/decisions/003-peer-percentiles.md says why): each score counts
-- at its own (industry, size) first, then those counts add up into the four peer groups.
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
    UNION ALL
    SELECT s."scoringVersion", s.industry, s."companySize", 'hard:' || hard.name, hard.bin, count(*)
    FROM "Score" AS s
    CROSS JOIN LATERAL (VALUES
      ('unitWinRate', "rateBin"(s."unitWinRate")), ('valueWinRate', "rateBin"(s."valueWinRate")),
      ('averageDeal', "moneyBin"(s."averageDealUsd")), ('cycleDays', "daysBin"(s."cycleDays")),
      ('quotaAttainment', "percentBin"(s."quotaAttainment", 500)), ('sellersAtQuota', "percentBin"(s."sellersAtQuota", 100))
    ) AS hard(name, bin)
    WHERE hard.bin IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
  ) AS own
  CROSS JOIN LATERAL (VALUES (own.industry, own."companySize"), (own.industry, '*'), ('*', own."companySize"), ('*', '*'))
    AS peer(industry, size)
  WHERE peer.industry IS NOT NULL AND peer.size IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5;
$$;

-- Recount, so the aggregate has the hard numbers of any scores already stored.
SELECT "rebuildScoreCount"();
