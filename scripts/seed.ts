// Demo data: `seedDemoData` adds a generated data set (lib/demo) through the bulk loader (lib/demo/demo-loader.ts), and
// `seedIfEmpty` is the newcomer's first run (launcher and `npm run seed` without --count): a few thousand
// responses and some abandoned drafts, a tenth of them with a report to open. Reports are the slow part (a peer
// snapshot and a document each: 3,000 took 3.5 minutes on a busy machine, the 3,600 rows a few seconds), so the
// first run writes only those; `npm run seed -- --count N --reports` writes them all.
import { demoBatches } from "../lib/demo/demo-batches";
import { countResponses, loadDemoData, type AggregateMode, type LoadProgress } from "../lib/demo/demo-loader";
import { createMissingReports } from "../lib/responses/create-missing-reports";
import { DEFAULT_SEED } from "./seed-args";

export const DEMO_RESPONSE_COUNT = 3000;
export const DEMO_DRAFT_COUNT = 600;
export const DEMO_REPORT_COUNT = 300;
/** From this many rows on, counting the aggregates in the loader beats the triggers. */
const REBUILD_FROM = 20_000;

export interface SeedPlan {
  count: number;
  drafts: number;
  seed: number;
  /** How many responses get a report (those without one, up to this many): 0 for none, Infinity for all. */
  reports: number;
  now?: Date;
  onProgress?: (done: LoadProgress & { seconds: number; phase: "rows" | "reports" }) => void;
}

export async function seedDemoData({ count, drafts, seed, reports, now = new Date(), onProgress }: SeedPlan) {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const aggregates: AggregateMode = count + drafts >= REBUILD_FROM ? "counted" : "triggers";
  const loaded = await loadDemoData(demoBatches({ count, drafts, seed, now }), {
    aggregates,
    onProgress: (done) => onProgress?.({ ...done, seconds: seconds(), phase: "rows" }),
  });
  const rowSeconds = seconds();
  const reportCount = reports > 0 ? await createMissingReports(200, reports) : 0;
  return { ...loaded, reports: reportCount, aggregates, rowSeconds, seconds: seconds() };
}

/** Seeds only an empty database; returns what it did, or null when there was data already. */
export async function seedIfEmpty(): Promise<string | null> {
  if ((await countResponses()) > 0) return null;
  const done = await seedDemoData({ count: DEMO_RESPONSE_COUNT, drafts: DEMO_DRAFT_COUNT, seed: DEFAULT_SEED, reports: DEMO_REPORT_COUNT });
  return `${done.responses} sample responses with ${done.reports} reports and ${done.drafts} unfinished surveys in ${done.seconds.toFixed(1)} s`;
}
