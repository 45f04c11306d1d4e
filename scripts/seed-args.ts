// The arguments of `npm run seed`, checked before anything touches the database: a bad value is one clear line.
export const SEED_HELP = `Usage: npm run seed -- [--count N] [--seed S] [--drafts D] [--reports | --no-reports]

Adds generated demo data to the database in DATABASE_URL (or the running embedded one).

  --count N      completed responses to add, each with its score (1 to 10,000,000). Without --count, seeds the
                 first-run demo (3,000 responses, 300 of them with a report) and only into an empty database.
  --seed S       the random seed (a whole number 0 to 4294967295, default 20260101): the same seed gives the
                 same answers, scores and dates relative to today
  --drafts D     abandoned surveys to add as well (default: none with --count)
  --reports      also write each response's report, so its report link works (the default up to 1,000
                 responses). Slow: a peer snapshot and a document each, 10–15 a second on a busy 2-core machine
  --no-reports   skip the reports (the default above 1,000); responses without a report still count in every
                 benchmark and admin page
  --help         this text`;

export const DEFAULT_SEED = 20_260_101;
export const MAX_COUNT = 10_000_000;
export const REPORTS_BY_DEFAULT_UP_TO = 1000;

export type SeedArgs =
  | { kind: "help" }
  | { kind: "demo" }
  | { kind: "bulk"; count: number; seed: number; drafts: number; reports: boolean };

export class SeedArgsError extends Error {}

function wholeNumber(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || !/^\d+$/.test(raw.trim())) {
    throw new SeedArgsError(`--${name} must be a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, got ${raw === undefined ? "nothing" : JSON.stringify(raw)}`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new SeedArgsError(`--${name} must be from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, got ${raw}`);
  }
  return value;
}

export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  const values: Record<string, string | undefined> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new SeedArgsError(`Unexpected argument ${JSON.stringify(arg)}; see --help`);
    const [, name, inline] = match as unknown as [string, string, string | undefined];
    if (["help", "reports", "no-reports"].includes(name)) {
      flags.add(name);
    } else if (["count", "seed", "drafts"].includes(name)) {
      // "--count -5": the value is whatever follows, so it is reported as a bad number, not as an unknown flag.
      values[name] = inline ?? argv[++i];
    } else {
      throw new SeedArgsError(`Unknown option --${name}; see --help`);
    }
  }
  if (flags.has("help")) return { kind: "help" };
  if (flags.has("reports") && flags.has("no-reports")) throw new SeedArgsError("Give --reports or --no-reports, not both");
  if (!("count" in values)) {
    if (Object.keys(values).length || flags.size) throw new SeedArgsError("--seed, --drafts and --reports need --count");
    return { kind: "demo" };
  }
  const count = wholeNumber("count", values.count, 1, MAX_COUNT);
  return {
    kind: "bulk",
    count,
    seed: "seed" in values ? wholeNumber("seed", values.seed, 0, 2 ** 32 - 1) : DEFAULT_SEED,
    drafts: "drafts" in values ? wholeNumber("drafts", values.drafts, 0, MAX_COUNT) : 0,
    reports: flags.has("reports") || (!flags.has("no-reports") && count <= REPORTS_BY_DEFAULT_UP_TO),
  };
}
