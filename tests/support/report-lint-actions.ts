// Report lint, the order of attack: one biggest lever, the one the documented money rule puts first, and no KEEP
// protecting a practice its paired number contradicts. Both are worked out here again from the stored document and
// the documented tables (docs/methodology.md §8 and the perception-gap table), not asked of the report code.
import type { ReportDocument } from "@/lib/report/document";
import { PERCEPTION_GAP_RULES } from "@/lib/report/narratives/perception-gaps";
import type { HardNumber } from "@/lib/scoring";
import { paragraphTexts } from "./report-lint";

type Lever = "value" | "number" | "winRate" | "salesCycle";

/** Words that single out one lever as the one to fix first. */
const SUPERLATIVES = [
  /\b(biggest|largest|greatest|main|chief|primary)\s+(gap|constraint|drag|lever|problem|bottleneck|weakness|limit|brake)\b/i,
  /\bfirst priority\b/i,
  /\bcomes? first\b/i,
  /\bholds? (?:\w+ ){0,2}(revenue|velocity|growth|results) back\b/i,
  /\bwhere to look first\b/i,
  /\bmost revenue potential\b/i,
];

const LEVER_WORDS: readonly [Lever, RegExp][] = [
  ["value", /\b(deal size|deal value|average (won )?deal|larger deals)\b/gi],
  ["winRate", /\b(win rate|winning more|close ratio)\b/gi],
  ["salesCycle", /\b(sales cycle|cycle length|shorter cycles?)\b/gi],
  ["number", /\b(number of opportunities|opportunities|opportunity count|the count)\b/gi],
];

/** The lever a superlative points at: the first named after it, else the last named before it. */
function leverAt(sentence: string, at: number): Lever | null {
  const mentions = LEVER_WORDS.flatMap(([lever, pattern]) => [...sentence.matchAll(pattern)].map((m) => ({ lever, index: m.index! })));
  mentions.sort((a, b) => a.index - b.index);
  return (mentions.find((m) => m.index > at) ?? mentions.filter((m) => m.index < at).at(-1))?.lever ?? null;
}

/** Levers the report calls the biggest, with where; a sentence that denies it ("is not what holds…") names none. */
export function leversCalledBiggest(doc: ReportDocument): { lever: Lever; where: string }[] {
  const found: { lever: Lever; where: string }[] = [];
  for (const { where, text } of paragraphTexts(doc)) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (/\bnot\b/i.test(sentence)) continue;
      for (const pattern of SUPERLATIVES) {
        const match = pattern.exec(sentence);
        const lever = match ? leverAt(sentence, match.index) : null;
        if (lever) found.push({ lever, where });
      }
    }
  }
  return found;
}

/**
 * The documented money rule, again: each lever's shortfall against the peer median carried through velocity, on
 * velocity × 365 (or the value won when the figures disagree); the Number lever as a 10% step when its index is
 * below the peer median, another lever could be priced and the count was not enough. Null when no lever falls short
 * or two tie.
 */
export function rankingFirst(doc: ReportDocument): Lever | null {
  const { sales, peerNumbers, indices } = doc.executive;
  const base = (sales.consistency ?? "agrees") === "agrees" ? (sales.velocityPerYear ?? null) : sales.winRates.won.value;
  if (base === null || !(base > 0)) return null;
  const row = (metric: HardNumber) => peerNumbers?.rows.find((r) => r.metric === metric && r.own !== null && r.own > 0 && r.median > 0);
  const amounts: [Lever, number][] = [];
  const rate = row("unitWinRate");
  if (rate) amounts.push(["winRate", base * Math.max(0, rate.median / rate.own! - 1)]);
  const deal = row("averageDeal");
  if (deal) amounts.push(["value", base * Math.max(0, deal.median / deal.own! - 1)]);
  const cycle = row("cycleDays");
  if (cycle) amounts.push(["salesCycle", base * Math.max(0, cycle.own! / cycle.median - 1)]);
  const number = indices.find((index) => index.key === "number");
  // No Number gap when the count was enough: the target reached, or reachable at the peers' median win rate.
  const quota = sales.quotaAttainment;
  const countEnough = quota !== null && (quota >= 100 || (rate !== undefined && rate.own! < rate.median && (quota / 100) * (rate.median / rate.own!) >= 1));
  if (amounts.length > 0 && !countEnough && number?.score != null && number.peerMedian != null && number.score < number.peerMedian) amounts.push(["number", base * 0.1]);
  const short = amounts.filter(([, amount]) => amount > 0).sort((a, b) => b[1] - a[1]);
  if (short.length === 0) return null;
  if (short[1] && Math.abs(short[0]![1] - short[1][1]) <= 1e-9 * short[0]![1]) return null;
  return short[0]![0];
}

/** At most one lever is called the biggest anywhere in the report, and it is the one the money rule puts first. */
export function oneBiggestLever(doc: ReportDocument): string[] {
  const called = leversCalledBiggest(doc);
  const levers = [...new Set(called.map((entry) => entry.lever))];
  if (levers.length > 1) return [`several levers called the biggest: ${called.map((entry) => `${entry.lever} (${entry.where})`).join(", ")}`];
  if (levers.length === 0) return [];
  const first = rankingFirst(doc);
  return first !== null && levers[0] !== first ? [`${levers[0]} called the biggest (${called[0]!.where}), but the money rule puts ${first} first`] : [];
}

/** The numbers that test a practice: the perception-gap table's over-rating pairs, and the pairs issue 18 names. */
const KEEP_PAIRS: Record<string, readonly HardNumber[]> = {
  "c.coaching.manager-coaching-time": ["sellersAtQuota"],
  "c.velocity.qualification": ["unitWinRate"],
  "c.velocity.close-ratio": ["unitWinRate"],
  "c.velocity.cycle-length": ["cycleDays"],
  "c.differentiation.price-discipline": ["averageDeal"],
  "c.differentiation.articulate-value": ["averageDeal"],
};

export function pairedNumbers(questionId: string): HardNumber[] {
  const fromGaps = PERCEPTION_GAP_RULES.flatMap((rule) =>
    rule.direction === "over" && "question" in rule.claim && rule.claim.question === questionId && "quartiles" in rule.evidence && rule.evidence.quartiles.includes("bottom")
      ? [rule.evidence.metric]
      : [],
  );
  return [...new Set([...(KEEP_PAIRS[questionId] ?? []), ...fromGaps])];
}

/** No KEEP on a practice whose paired number is in the peers' bottom quarter. */
export function contradictedKeeps(doc: ReportDocument): string[] {
  const rows = doc.executive.peerNumbers?.rows ?? [];
  return doc.executive.actions.flatMap((action) => {
    if (action.kind !== "KEEP") return [];
    const bottom = pairedNumbers(action.questionId).filter((metric) => rows.some((row) => row.metric === metric && row.quartile === "bottom"));
    return bottom.length ? [`KEEP on ${action.questionId} although ${bottom.join(" and ")} is in the bottom quarter`] : [];
  });
}
