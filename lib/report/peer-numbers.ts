// The participant's hard numbers beside their peers' (lib/scoring compareHardNumbers), as the report stores them: one
// row per figure that has peers, in the participant's own units and currency, each with one sentence that carries
// its figures — the chart beside it draws the same row without printing any number again.
import { z } from "zod";
import { HARD_NUMBERS, LOWER_IS_BETTER, QuartileSchema, compareHardNumbers, type HardNumber, type HardNumberComparison } from "@/lib/scoring";
import type { PeerSnapshot, Quartile, SalesAnalysis } from "@/lib/scoring";
import { formatDays, formatMoney, formatPercent, formatRate } from "./format";

export const PEER_NUMBER_UNITS = ["rate", "money", "days", "percent"] as const;

export const PeerNumberRowSchema = z.strictObject({
  metric: z.enum(HARD_NUMBERS),
  label: z.string(),
  /** rate: a fraction 0–1; money: in `currency`; days; percent: as the participant gave it (100 = on target). */
  unit: z.enum(PEER_NUMBER_UNITS),
  lowerIsBetter: z.boolean(),
  /** Null when the participant did not give the figure: the peers' figures are shown alone. */
  own: z.number().finite().nullable(),
  median: z.number().finite(),
  /** The boundary of the peers' best quarter: the 75th percentile, or the 25th where less is better. */
  topQuartile: z.number().finite(),
  /** Share of the peers with this figure that the participant does strictly better than. */
  percentile: z.int().min(0).max(100).nullable(),
  quartile: QuartileSchema.nullable(),
  /** Peers with this figure (at least the anonymity threshold). */
  peers: z.int().min(1),
  text: z.string(),
});

export const PeerNumbersReportSchema = z.strictObject({
  /** The currency of the money row (the participant's). */
  currency: z.string().nullable(),
  rows: z.array(PeerNumberRowSchema),
  /** What could not be compared, and why. */
  notes: z.array(z.strictObject({ key: z.string(), text: z.string() })),
});

export type PeerNumberRow = z.infer<typeof PeerNumberRowSchema>;
export type PeerNumbersReport = z.infer<typeof PeerNumbersReportSchema>;

interface MetricWords {
  label: string;
  unit: PeerNumberRow["unit"];
  /** The figure's name inside a sentence. */
  noun: string;
  /** The sentence's start up to its verb, with the participant's figure. */
  lead: (own: string) => string;
  /** The better quarter's name beside the median. */
  top: string;
}

const WORDS: Record<HardNumber, MetricWords> = {
  unitWinRate: { label: "Unit win rate", unit: "rate", noun: "unit win rate", lead: (own) => `Your unit win rate of ${own} is`, top: "top quarter" },
  valueWinRate: { label: "Value win rate", unit: "rate", noun: "value win rate", lead: (own) => `Your value win rate of ${own} is`, top: "top quarter" },
  averageDeal: { label: "Average won deal", unit: "money", noun: "average won deal", lead: (own) => `Your average won deal of ${own} is`, top: "top quarter" },
  cycleDays: { label: "Sales cycle", unit: "days", noun: "sales cycle", lead: (own) => `Your sales cycle of ${own} is`, top: "fastest quarter" },
  quotaAttainment: {
    label: "Quota attainment",
    unit: "percent",
    noun: "quota attainment",
    lead: (own) => `Your quota attainment of ${own} is`,
    top: "top quarter",
  },
  sellersAtQuota: {
    label: "Sellers at quota",
    unit: "percent",
    noun: "share of sellers at quota",
    lead: (own) => `Having ${own} of your sellers at quota puts you`,
    top: "top quarter",
  },
};

/** Peer quarters never contradict the median and boundary printed beside them (lib/scoring/hard-number-peers.ts). */
const STANDING: Record<Quartile, string> = {
  top: "in the top quarter of your peers",
  "upper-middle": "in the better half of your peers",
  "lower-middle": "in the weaker half of your peers",
  bottom: "in the bottom quarter of your peers",
};

/** Peer money figures are exact to their bin, within a few percent: three significant figures say no more. */
const roundMoney = (value: number) => (value === 0 ? 0 : Number(value.toPrecision(3)));

function formatter(unit: PeerNumberRow["unit"], currency: string | null) {
  return (value: number, peerFigure = false) => {
    switch (unit) {
      case "rate":
        return formatRate(value);
      case "money":
        return formatMoney(peerFigure ? roundMoney(value) : value, currency);
      case "days":
        return formatDays(value);
      case "percent":
        return formatPercent(value);
    }
  };
}

function rowOf(comparison: HardNumberComparison, currency: string | null): PeerNumberRow | null {
  const { metric, own, median, topQuartile, percentile, quartile, peers } = comparison;
  if (median === null || topQuartile === null || peers === 0) return null;
  const words = WORDS[metric];
  const format = formatter(words.unit, currency);
  const [med, edge] = [format(median, true), format(topQuartile, true)];
  const orBeyond = LOWER_IS_BETTER.has(metric) ? "or less" : "or more";
  let text: string;
  if (own === null || quartile === null) {
    text =
      med === edge
        ? `Your peers' median ${words.noun} is ${med}, which is also where their ${words.top} begins.`
        : `Your peers' median ${words.noun} is ${med}, and ${edge} ${orBeyond} in their ${words.top}.`;
  } else {
    // A figure that prints like another is said once: "level with the median", "where the top quarter begins".
    const mine = format(own);
    const standing = mine === med ? "level with your peers' median" : STANDING[quartile];
    const figures =
      mine === edge
        ? mine === med
          ? `, which is also where their ${words.top} begins`
          : ` (median ${med}; their ${words.top} begins at your figure)`
        : mine === med
          ? ` (${words.top} ${edge})`
          : med === edge
            ? ` (median and ${words.top} both ${med})`
            : ` (median ${med}, ${words.top} ${edge})`;
    text = `${words.lead(mine)} ${standing}${figures}.`;
  }
  return { metric, label: words.label, unit: words.unit, lowerIsBetter: LOWER_IS_BETTER.has(metric), own, median, topQuartile, percentile, quartile, peers, text };
}

/**
 * The peer comparison of the hard numbers, or undefined when the snapshot has none (no peers, or a snapshot taken
 * before hard numbers were compared).
 */
export function peerNumbersReport(sales: SalesAnalysis, peers: PeerSnapshot | null): PeerNumbersReport | undefined {
  if (!peers?.hardNumbers) return undefined;
  const currency = sales.numbers.currency;
  const comparisons = compareHardNumbers(sales, peers.hardNumbers);
  const rows = comparisons.map((comparison) => rowOf(comparison, currency)).filter((row): row is PeerNumberRow => row !== null);
  const notes: PeerNumbersReport["notes"] = [];
  const deal = comparisons.find((comparison) => comparison.metric === "averageDeal")!;
  if (deal.own !== null && deal.median === null && peers.hardNumbers.averageDeal) {
    notes.push({
      key: "peer-numbers:currency",
      text: currency
        ? "Your average won deal is not compared with your peers': its currency is not in the fixed exchange-rate table the study converts money with."
        : "Your average won deal is not compared with your peers': no currency was given for it.",
    });
  }
  if (rows.length === 0) {
    notes.push({ key: "peer-numbers:too-few", text: "Too few of your peers have given their sales figures yet to compare yours with theirs." });
  }
  return { currency, rows, notes };
}
