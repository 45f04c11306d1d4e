// Each figure the "Since last time" part compares, read from one stored report exactly as that report printed it:
// the participant's own figure and the peers' median and best-quarter edge at that report's date. Nothing is
// recomputed; a report stored before a field existed simply has no value for it.
import { LOWER_IS_BETTER, type HardNumber } from "@/lib/scoring/hard-numbers";
import type { ReportDocument } from "./document";
import type { ChangeIndex, ChangeMetric, ChangePoint, ChangeUnit } from "./since-last-time-schema";

export interface MetricInfo {
  label: string;
  /** The figure's name inside a sentence, after "Your". */
  noun: string;
  unit: ChangeUnit;
  lowerIsBetter: boolean;
}

const index = (label: string): MetricInfo => ({ label, noun: label, unit: "index", lowerIsBetter: false });
const hard = (metric: HardNumber, label: string, noun: string, unit: ChangeUnit): MetricInfo => ({
  label,
  noun,
  unit,
  lowerIsBetter: LOWER_IS_BETTER.has(metric),
});

export const METRICS: Readonly<Record<ChangeMetric, MetricInfo>> = {
  overall: index("Dealmaker Index"),
  number: index("Dealmaker Number Index"),
  value: index("Dealmaker Value Index"),
  winRate: index("Dealmaker Win Rate Index"),
  salesCycle: index("Dealmaker Sales Cycle Index"),
  personal: index("Personal Dealmaker Index"),
  unitWinRate: hard("unitWinRate", "Unit win rate", "unit win rate", "rate"),
  valueWinRate: hard("valueWinRate", "Value win rate", "value win rate", "rate"),
  averageDeal: hard("averageDeal", "Average won deal", "average won deal", "money"),
  cycleDays: hard("cycleDays", "Sales cycle", "sales cycle", "days"),
  quotaAttainment: hard("quotaAttainment", "Quota attainment", "quota attainment", "percent"),
  sellersAtQuota: hard("sellersAtQuota", "Sellers at quota", "share of sellers at quota", "percent"),
  // Velocity has no peer figures, so its change is shown but never judged.
  velocityPerDay: { label: "Sales velocity a day", noun: "sales velocity", unit: "money", lowerIsBetter: false },
};

const NO_PEERS = { peerMedian: null, peerTopQuartile: null };

function indexPoint(doc: ReportDocument, metric: ChangeIndex): ChangePoint {
  const stored =
    metric === "overall" || metric === "personal" ? doc.summary[metric] : doc.executive.indices.find((entry) => entry.key === metric);
  if (!stored) return { value: null, ...NO_PEERS };
  return { value: stored.score, peerMedian: stored.peerMedian, peerTopQuartile: stored.peerTopQuartile ?? null };
}

function ownHardNumber(doc: ReportDocument, metric: HardNumber): number | null {
  const sales = doc.executive.sales;
  const own: Record<HardNumber, number | null> = {
    unitWinRate: sales.winRates.unit,
    valueWinRate: sales.winRates.value,
    averageDeal: sales.averageDeal,
    cycleDays: sales.cycleDays,
    quotaAttainment: sales.quotaAttainment,
    sellersAtQuota: sales.sellersAtQuota,
  };
  return own[metric];
}

function hardPoint(doc: ReportDocument, metric: HardNumber): ChangePoint {
  const row = doc.executive.peerNumbers?.rows.find((entry) => entry.metric === metric);
  return { value: ownHardNumber(doc, metric), peerMedian: row?.median ?? null, peerTopQuartile: row?.topQuartile ?? null };
}

/** One figure of one report. */
export function pointOf(doc: ReportDocument, metric: ChangeMetric): ChangePoint {
  if (metric === "velocityPerDay") return { value: doc.executive.sales.velocityPerDay, ...NO_PEERS };
  if (METRICS[metric].unit === "index") return indexPoint(doc, metric as ChangeIndex);
  return hardPoint(doc, metric as HardNumber);
}

/** Reports before 2026.2 worked velocity out from a yearly count as if it were the deals in play (it overstated it). */
export const velocityComparable = (doc: ReportDocument) => doc.executive.sales.velocityPerYear !== undefined;

/** The currency a report's money is in: its sales numbers' (the peer rows are converted into it). */
export const currencyOf = (doc: ReportDocument) => doc.executive.sales.currency;
