// fast-check generators for report property tests: whole responses (a tilt towards strong, mixed or weak answers,
// so reports of every band appear), sales figures that agree with each other or contradict each other, and peer
// snapshots with or without hard-number figures (suppressed metrics included).
import fc from "fast-check";
import { instrument, PART_B_IDS, type Answers, type ChoiceQuestion } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { HARD_NUMBERS, type HardNumbersPeers } from "@/lib/scoring/hard-numbers";
import type { PeerSnapshot } from "@/lib/scoring";

const B = PART_B_IDS;
const CURRENCIES = ["usd", "eur", "gbp", "jpy", "other"] as const;

const choiceQuestions = instrument.sections
  .filter((section) => section.part === "C" || section.part === "D")
  .flatMap((section) => section.questions)
  .filter((question): question is ChoiceQuestion => question.kind === "choice");

/** Options listed weakest first: a strong company mostly picks from the top, a weak one from the bottom. */
function choiceAnswers(tilt: "weak" | "mixed" | "strong"): fc.Arbitrary<Answers> {
  return fc
    .tuple(...choiceQuestions.map((question) => fc.integer({ min: 0, max: question.options.length - 1 })))
    .chain((indexes) =>
      fc.tuple(...indexes.map(() => fc.double({ min: 0, max: 1, noNaN: true }))).map((noise) => {
        const answers: Answers = {};
        choiceQuestions.forEach((question, i) => {
          const last = question.options.length - 1;
          const drift = noise[i]! < 0.2;
          const index = tilt === "mixed" || drift ? indexes[i]! : tilt === "strong" ? last - (indexes[i]! % 2) : indexes[i]! % 2;
          answers[question.id] = question.options[index]!.value;
        });
        return answers;
      }),
    );
}

const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 6 });
const money = (min: number, max: number) => fc.integer({ min, max });

/**
 * Figures that agree with each other: the year's new opportunities are within 0.6–1.6× the deals that reached a
 * decision, and the lost deals are of a similar size to the won ones.
 */
export const consistentNumbersArbitrary = fc
  .record({
    won: fc.integer({ min: 1, max: 3_000 }),
    lost: fc.integer({ min: 0, max: 6_000 }),
    averageDeal: money(500, 2_000_000),
    lostSize: fc.double({ min: 0.3, max: 3, noNaN: true }),
    flow: fc.double({ min: 0.6, max: 1.6, noNaN: true }),
    cycleDays: fc.integer({ min: 5, max: 400 }),
    open: fc.integer({ min: 0, max: 3_000 }),
    quota: fc.integer({ min: 20, max: 160 }),
    sellersAtQuota: fc.integer({ min: 0, max: 100 }),
    currency: fc.constantFrom(...CURRENCIES),
  })
  .map((n) => ({
    // Rounded up: at two decided deals, 0.6 × 2 rounded down would halve the flow the range promises.
    [B.newOpportunities]: Math.ceil((n.won + n.lost) * n.flow),
    [B.wonCount]: n.won,
    [B.wonValue]: n.won * n.averageDeal,
    [B.lostCount]: n.lost,
    [B.lostValue]: Math.round(n.lost * n.averageDeal * n.lostSize),
    [B.openCount]: n.open,
    [B.openValue]: n.open * n.averageDeal,
    [B.cycleDays]: n.cycleDays,
    [B.quotaAttainment]: n.quota,
    [B.sellersAtQuota]: n.sellersAtQuota,
    [B.currency]: n.currency,
  }));

/** Any figures a participant may type, each one given or left out independently, agreeing or not. */
export const anyNumbersArbitrary = fc
  .record({
    opportunities: maybe(fc.integer({ min: 0, max: 50_000 })),
    won: maybe(fc.integer({ min: 0, max: 5_000 })),
    wonValue: maybe(money(0, 500_000_000)),
    lost: maybe(fc.integer({ min: 0, max: 20_000 })),
    lostValue: maybe(money(0, 900_000_000)),
    open: maybe(fc.integer({ min: 0, max: 5_000 })),
    openValue: maybe(money(0, 400_000_000)),
    cycleDays: maybe(fc.integer({ min: 1, max: 900 })),
    quota: maybe(fc.double({ min: 0, max: 300, noNaN: true })),
    sellersAtQuota: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    currency: maybe(fc.constantFrom(...CURRENCIES)),
  })
  .map((n) => {
    const answers: Answers = {};
    const set = (id: string, value: number | string | undefined) => value !== undefined && (answers[id] = value);
    set(B.newOpportunities, n.opportunities);
    set(B.wonCount, n.won);
    set(B.wonValue, n.won === undefined ? undefined : n.won === 0 ? 0 : n.wonValue);
    set(B.lostCount, n.lost);
    set(B.lostValue, n.lost === undefined ? undefined : n.lost === 0 ? 0 : n.lostValue);
    set(B.openCount, n.open);
    set(B.openValue, n.open === undefined ? undefined : n.open === 0 ? 0 : n.openValue);
    set(B.cycleDays, n.won === 0 ? undefined : n.cycleDays);
    set(B.quotaAttainment, n.quota);
    set(B.sellersAtQuota, n.sellersAtQuota);
    const anyValue = [B.wonValue, B.lostValue, B.openValue].some((id) => answers[id] !== undefined);
    set(B.currency, n.currency ?? (anyValue ? "usd" : undefined));
    return answers;
  });

const metricPeersArbitrary = (median: [number, number]) =>
  fc.option(
    fc.record({
      peers: fc.integer({ min: 5, max: 400 }),
      median: fc.double({ min: median[0], max: median[1], noNaN: true }),
      spread: fc.double({ min: 1.05, max: 2, noNaN: true }),
      percentile: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 8 }),
    }),
    { nil: null, freq: 5 },
  );

const MEDIAN_RANGES: Record<(typeof HARD_NUMBERS)[number], [number, number]> = {
  unitWinRate: [0.1, 0.6],
  valueWinRate: [0.1, 0.6],
  averageDeal: [2_000, 500_000],
  cycleDays: [20, 250],
  quotaAttainment: [60, 110],
  sellersAtQuota: [20, 80],
};

const hardNumbersArbitrary: fc.Arbitrary<HardNumbersPeers> = fc
  .tuple(...HARD_NUMBERS.map((metric) => metricPeersArbitrary(MEDIAN_RANGES[metric])))
  .map((metrics) =>
    Object.fromEntries(
      HARD_NUMBERS.map((metric, i) => {
        const m = metrics[i];
        if (!m) return [metric, null];
        const top = metric === "cycleDays" ? m.median / m.spread : m.median * m.spread;
        return [metric, { peers: m.peers, median: m.median, topQuartile: top, percentile: m.percentile }];
      }),
    ),
  );

const sectionIds = instrument.sections.filter((s) => s.part === "C" || s.part === "D").map((s) => s.id);
const wholePercent = fc.integer({ min: 0, max: 100 });

/** No peers at all, or a peer group of any size with or without hard-number figures. */
export const peersArbitrary: fc.Arbitrary<PeerSnapshot | null> = fc.option(
  fc
    .record({
      size: fc.integer({ min: 1, max: 500 }),
      overall: wholePercent,
      personal: wholePercent,
      median: wholePercent,
      hardNumbers: fc.option(hardNumbersArbitrary, { nil: undefined, freq: 6 }),
    })
    .map((p): PeerSnapshot => {
      const relative = (percent: number) => ({ percent, better: Math.round(((100 - percent) / 100) * p.size), peers: p.size });
      return {
        scoringVersion: "2026.2",
        minPeers: 10,
        group: { level: "everyone", label: "All participants", size: p.size, industry: null, companySize: null, meetsMinimum: p.size >= 10 },
        overall: relative(p.overall),
        personal: relative(p.personal),
        medians: { overall: p.median, value: p.median, number: p.median, winRate: p.median, salesCycle: p.median, personal: p.median },
        sectionMedians: Object.fromEntries(sectionIds.map((id) => [id, p.median])),
        ...(p.hardNumbers ? { hardNumbers: p.hardNumbers } : {}),
      };
    }),
  { nil: null, freq: 6 },
);

export type GeneratedCase = { answers: Answers; peers: PeerSnapshot | null; consistent: boolean };

/** A whole response (profile, choices, figures) and the peers its report is written against. */
export const reportCaseArbitrary: fc.Arbitrary<GeneratedCase> = fc
  .record({
    base: validAnswersArbitrary(),
    tilt: fc.constantFrom<"weak" | "mixed" | "strong">("weak", "mixed", "strong"),
    consistent: fc.boolean(),
    peers: peersArbitrary,
  })
  .chain(({ base, tilt, consistent, peers }) =>
    fc
      .tuple(choiceAnswers(tilt), consistent ? consistentNumbersArbitrary : anyNumbersArbitrary)
      .map(([choices, numbers]) => {
        const withoutNumbers = Object.fromEntries(Object.entries(base).filter(([id]) => !id.startsWith("b.")));
        return { answers: { ...withoutNumbers, ...choices, ...numbers }, peers, consistent };
      }),
  );

/** Peers with the indices' top quartiles too: the spread a later report judges changes by (or none, as before). */
const withTopQuartiles = (peers: PeerSnapshot | null, spread: number | undefined): PeerSnapshot | null =>
  peers === null || spread === undefined
    ? peers
    : {
        ...peers,
        topQuartiles: Object.fromEntries(
          Object.entries(peers.medians).map(([metric, median]) => [metric, median === null ? null : Math.min(100, median + spread)]),
        ) as PeerSnapshot["medians"],
      };

const visitArbitrary = fc
  .record({ case: reportCaseArbitrary, spread: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined, freq: 5 }) })
  .map(({ case: generated, spread }) => ({ ...generated, peers: withTopQuartiles(generated.peers, spread) }));

/**
 * A participant's earlier visits (one to four, oldest first) and this one: a response of its own, or the last
 * visit's answers and peers again (so nothing changes).
 */
export const retakeCaseArbitrary = fc
  .record({ earlier: fc.array(visitArbitrary, { minLength: 1, maxLength: 4 }), fresh: visitArbitrary, again: fc.boolean() })
  .map(({ earlier, fresh, again }) => ({ earlier, now: again ? earlier.at(-1)! : fresh }));
