// How the dashboards print a figure: indices in points, win rates and quota figures as percents, money in US
// dollars (the only currency the dashboards compare money in), and days.
import { METRIC_UNITS, type Metric } from "@/lib/admin/dashboard-metrics";

const number = (digits: number) => new Intl.NumberFormat("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const dollars = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

export function formatMetric(metric: Metric, value: number | null): string {
  if (value === null) return "—";
  switch (METRIC_UNITS[metric]) {
    case "index":
      return number(1).format(value);
    case "fraction":
      return `${number(1).format(value * 100)}%`;
    case "percent":
      return `${number(1).format(value)}%`;
    case "money":
      return dollars.format(value);
    case "days":
      return `${number(1).format(value)} days`;
    case "count":
      return number(1).format(value);
  }
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, "0")} s`;
}

export const formatCount = (n: number) => n.toLocaleString("en");

export const formatShare = (share: number | null) => (share === null ? "—" : `${number(1).format(share * 100)}%`);
