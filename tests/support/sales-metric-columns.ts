// The oracle's map from each sales figure of the admin pages to its Score column and its binned figure, written out
// by hand (not read from lib/db) so the brute-force tests check the code's own mapping.
import type { SalesMetric } from "@/lib/admin/dashboard-metrics";
import type { BinnedFigure } from "@/lib/scoring";

/** The Score column and binned figure of each sales figure. */
export const SALES_COLUMNS: Record<SalesMetric, [column: string, figure: BinnedFigure]> = {
  unitWinRate: ["unitWinRate", "unitWinRate"],
  valueWinRate: ["valueWinRate", "valueWinRate"],
  averageDealValue: ["averageDealUsd", "averageDeal"],
  cycleDays: ["cycleDays", "cycleDays"],
  quotaAttainment: ["quotaAttainment", "quotaAttainment"],
  sellersAtQuota: ["sellersAtQuota", "sellersAtQuota"],
  velocity: ["velocityUsd", "velocity"],
  opportunities: ["opportunities", "opportunities"],
  wonCount: ["wonCount", "wonCount"],
  lostCount: ["lostCount", "lostCount"],
  openCount: ["openCount", "openCount"],
  wonValue: ["wonValueUsd", "wonValue"],
  lostValue: ["lostValueUsd", "lostValue"],
  openValue: ["openValueUsd", "openValue"],
};
