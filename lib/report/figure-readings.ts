// Builds the readings of lib/report/narratives/figure-readings.ts from the participant's figures: each hard number's
// standing among the peers (or against the absolute thresholds), the opportunity count's condition, and the
// velocity the same pipeline would reach at the peers' medians.
import type { PeerSnapshot, SalesAnalysis, ScoreResult } from "@/lib/scoring";
import { LOWER_IS_BETTER, type HardNumber, type HardNumberComparison } from "@/lib/scoring/hard-numbers";
import type { FigureSignal } from "./narratives/conditions";
import {
  COUNT_READING,
  HARD_READINGS,
  OPEN_VALUE_READING,
  READING_PLACEHOLDERS,
  VALUE_AGAINST_UNIT,
  VELOCITY_READING,
  standingWords,
  type CountStanding,
  type HardStanding,
  type ReadingPlaceholder,
} from "./narratives/figure-readings";
import { ABSOLUTE_THRESHOLDS } from "./narratives/perception-gaps";
import { PRACTICE_CHECKS } from "./narratives/practice-checks";
import { SALES_NARRATIVE } from "./sales-narrative";
import { formatCount, formatDays, formatMoney, formatPercent, formatRate, roundMoney } from "./format";
import { READING_MEANING, type Figures } from "./render-template";

/** Peer money figures print to three significant figures (peer-numbers.ts), so "level" compares them that way. */

function formatMedian(metric: HardNumber, median: number, currency: string | null): string {
  if (metric === "unitWinRate" || metric === "valueWinRate") return formatRate(median);
  if (metric === "averageDeal") return formatMoney(roundMoney(median), currency);
  if (metric === "cycleDays") return formatDays(median);
  return formatPercent(median);
}

export function hardStanding(comparison: HardNumberComparison, own: string, currency: string | null): HardStanding {
  const { metric, quartile, median } = comparison;
  if (quartile !== null && median !== null) return formatMedian(metric, median, currency) === own ? "level" : quartile;
  const threshold = ABSOLUTE_THRESHOLDS[metric];
  if (!threshold || comparison.own === null || LOWER_IS_BETTER.has(metric)) return "none";
  if (comparison.own < threshold.low) return "low";
  return comparison.own >= threshold.high ? "high" : "middle";
}

/** Lead with the figure and standing, then the mark, then what it means (render-template.ts may cut at the mark). */
function reading(lead: string, own: string, standing: string | null, meaning: string | undefined): string {
  return `${lead.replace("#", own)}${standing ? `, ${standing}` : ""}${READING_MEANING}${meaning ? `${meaning.startsWith("and ") ? " " : ", "}${meaning}` : ""}`;
}

export function countStanding(signals: ReadonlySet<FigureSignal>): CountStanding {
  for (const standing of ["target-reached", "enough-at-peer-win-rate", "opportunities-short"] as const) if (signals.has(standing)) return standing;
  return "none";
}

function meaningOf(metric: HardNumber, standing: HardStanding, signals: ReadonlySet<FigureSignal>): string | undefined {
  if (metric === "valueWinRate") {
    const against = (Object.keys(VALUE_AGAINST_UNIT) as (keyof typeof VALUE_AGAINST_UNIT)[]).find((signal) => signals.has(signal));
    if (against) return VALUE_AGAINST_UNIT[against];
  }
  return HARD_READINGS[metric].meaning[standing];
}

type ReadingInputs = { base: Figures; sales: SalesAnalysis; comparisons: readonly HardNumberComparison[]; signals: ReadonlySet<FigureSignal> };

export function readingFigures({ base, sales, comparisons, signals }: ReadingInputs): Figures {
  const figures: Figures = {};
  const currency = sales.numbers.currency;
  for (const [name, metric] of Object.entries(READING_PLACEHOLDERS) as [ReadingPlaceholder, HardNumber | "opportunities" | "openValue"][]) {
    const own = base[metric];
    if (own === undefined) continue;
    if (metric === "openValue") {
      figures[name] = reading(OPEN_VALUE_READING.lead, own, null, openYield(sales));
      continue;
    }
    if (metric === "opportunities") {
      // When velocity and the value won disagree the count itself is in doubt (sales-report.ts says so): no reading.
      if ((sales.consistency?.verdict ?? "agrees") !== "agrees") continue;
      const { standing, meaning } = COUNT_READING.byStanding[countStanding(signals)];
      figures[name] = reading(own === "1" ? COUNT_READING.leadOne : COUNT_READING.lead, own, standing, meaning);
      continue;
    }
    const comparison = comparisons.find((c) => c.metric === metric);
    const standing = comparison ? hardStanding(comparison, own, currency) : "none";
    figures[name] = reading(HARD_READINGS[metric].lead, own, standingWords(metric, standing), meaningOf(metric, standing, signals));
  }
  return { ...figures, ...velocityFigures(sales, comparisons) };
}

/** What the open deals would bring in at the value win rate, when both are known. */
function openYield(sales: SalesAnalysis): string | undefined {
  const rate = ok(sales.winRates.value);
  const open = sales.numbers.openValue;
  if (rate === null || open === null || !(open > 0) || !(rate > 0)) return undefined;
  const [value, expected] = [formatMoney(open, sales.numbers.currency), formatMoney(roundMoney(open * rate), sales.numbers.currency)];
  // The same amount twice (a 100% value win rate) would read as the open value repeated.
  return expected === value ? undefined : OPEN_VALUE_READING.yield.replace("@", expected);
}

const ok = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);

/** A whole multiple in words: "twice", "three times", "23 times" (words up to ten, as prose writes them). */
const SMALL_NUMBERS = ["three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const timesWord = (n: number) => (n <= 2 ? "twice" : n <= 10 ? `${SMALL_NUMBERS[n - 3]} times` : `${formatCount(n)} times`);

/**
 * The factors of velocity whose peer median is better than the participant's own figure ("deal size and cycle"): a
 * velocity behind the peers' lies in these, never in one where the participant is ahead. All three when none can be
 * told apart (a participant behind on velocity is behind on at least one of them).
 */
function laggingFactors(comparisons: readonly HardNumberComparison[]): string {
  const names = (Object.keys(VELOCITY_READING.factors) as (keyof typeof VELOCITY_READING.factors)[]).flatMap((metric) => {
    const comparison = comparisons.find((c) => c.metric === metric);
    if (comparison?.own == null || comparison.median === null) return [];
    const peersBetter = LOWER_IS_BETTER.has(metric) ? comparison.median < comparison.own : comparison.median > comparison.own;
    return peersBetter ? [VELOCITY_READING.factors[metric]] : [];
  });
  const list = names.length ? names : Object.values(VELOCITY_READING.factors);
  return list.length < 2 ? list[0]! : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/**
 * The velocity the same opportunities in play would reach at the peers' median deal, win rate and cycle (velocity
 * ∝ in flight × deal × win rate ÷ cycle, the in-flight count held as in the actions' stakes), and how the
 * participant's own velocity compares with it. Nothing when a factor or a peer median is missing.
 */
export function velocityFigures(sales: SalesAnalysis, comparisons: readonly HardNumberComparison[]): Figures {
  const own = ok(sales.velocity);
  const inFlight = ok(sales.opportunitiesInFlight);
  const median = (metric: HardNumber) => comparisons.find((c) => c.metric === metric)?.median ?? null;
  const [deal, win, cycle] = [median("averageDeal"), median("unitWinRate"), median("cycleDays")];
  if (own === null || !(own > 0) || inFlight === null || deal === null || win === null || cycle === null || !(cycle > 0)) return {};
  if ((sales.consistency?.verdict ?? "agrees") !== "agrees") return {};
  const peerVelocity = (inFlight * deal * win) / cycle;
  const printed = formatMoney(roundMoney(peerVelocity), sales.numbers.currency);
  // "about $0 a day" compares with nothing (a handful of opportunities a year): no comparison rather than that.
  if (printed === formatMoney(0, sales.numbers.currency)) return {};
  const ratio = own / peerVelocity;
  const band = VELOCITY_READING.bands.find((b) => ratio >= b.from)!;
  if (printed === formatMoney(own, sales.numbers.currency)) {
    // Printed alike, the two figures can only be read as level: say so without the second figure, or say nothing.
    return band.lesson === "lessonLevel" ? { velocityAgainstPeers: VELOCITY_READING.same, velocityLesson: SALES_NARRATIVE.lessonLevel } : {};
  }
  const meaning = band.meaning.replace("% times", timesWord(Math.round(1 / ratio))).replace("@", laggingFactors(comparisons));
  return {
    velocityAgainstPeers: `${VELOCITY_READING.lead.replace("#", printed)}, ${meaning}`,
    velocityLesson: SALES_NARRATIVE[band.lesson],
  };
}

const AHEAD: ReadonlySet<HardStanding> = new Set(["top", "upper-middle"]);
const BEHIND: ReadonlySet<HardStanding> = new Set(["lower-middle", "bottom"]);

/** Per index card: do its practices (index against the peers' median index) and its hard number agree? */
export function practiceChecks(score: ScoreResult, peers: PeerSnapshot | null, { base, sales, comparisons }: Omit<ReadingInputs, "signals">): Figures {
  const figures: Figures = {};
  for (const index of Object.keys(PRACTICE_CHECKS) as (keyof typeof PRACTICE_CHECKS)[]) {
    const { placeholder, metric, texts } = PRACTICE_CHECKS[index];
    const own = score.indices[index].score;
    const median = peers?.medians[index] ?? null;
    const comparison = comparisons.find((c) => c.metric === metric);
    const figure = base[metric];
    if (own === null || median === null || own === median || !comparison || figure === undefined || comparison.quartile === null) continue;
    const standing = hardStanding(comparison, figure, sales.numbers.currency);
    if (!AHEAD.has(standing) && !BEHIND.has(standing)) continue;
    const practicesAhead = own > median;
    const figureAhead = AHEAD.has(standing);
    const key = practicesAhead ? (figureAhead ? "bothAhead" : "practicesAhead") : figureAhead ? "figureAhead" : "bothBehind";
    figures[placeholder] = texts[key];
  }
  return figures;
}
