-- The admin's reads filtered by region or by sales model read an index, never the table (decision 024, second
-- amendment): the (region, sales model) index now also covers the six indices, which the index distributions and the
-- benchmarks of an index read, and a second index, led by the sales model and covering the same columns, serves a
-- sales-model filter alone (PostgreSQL 15 cannot skip through the first index's leading column, so it read the whole
-- table instead). Both hold only scores in the benchmark pool, as the index they extend does (pool_choice migration):
-- the reads say s."inPool".
-- Runs as several transactions (the COMMITs), as the answer_figure_bins migration does: each build holds off score
-- writes (not reads) while it runs, and the replaced index is dropped in a transaction of its own (dropping it in the
-- build's transaction could deadlock with a reader that then writes).
CREATE INDEX IF NOT EXISTS "Score_region_salesModel_covering" ON "Score"("region", "salesModel") INCLUDE (
  "industry", "companySize", "overall", "valueIndex", "numberIndex", "winRateIndex", "salesCycleIndex", "personalIndex",
  "unitWinRate", "valueWinRate", "averageDealUsd", "cycleDays", "quotaAttainment", "sellersAtQuota", "velocityUsd",
  "opportunities", "wonCount", "lostCount", "openCount", "wonValueUsd", "lostValueUsd", "openValueUsd"
) WHERE "inPool";
COMMIT;
DROP INDEX "Score_region_salesModel_idx";
ALTER INDEX "Score_region_salesModel_covering" RENAME TO "Score_region_salesModel_idx";
COMMIT;

CREATE INDEX IF NOT EXISTS "Score_salesModel_region_idx" ON "Score"("salesModel", "region") INCLUDE (
  "industry", "companySize", "overall", "valueIndex", "numberIndex", "winRateIndex", "salesCycleIndex", "personalIndex",
  "unitWinRate", "valueWinRate", "averageDealUsd", "cycleDays", "quotaAttainment", "sellersAtQuota", "velocityUsd",
  "opportunities", "wonCount", "lostCount", "openCount", "wonValueUsd", "lostValueUsd", "openValueUsd"
) WHERE "inPool";
