// `npm run seed` (and `npm run db:seed`): adds generated demo data to DATABASE_URL or the running embedded database.
// Arguments are checked before connecting, so a bad one writes nothing. `--help` says what each does.
import { connectScriptDatabase } from "./database";
import { parseSeedArgs, SEED_HELP, SeedArgsError, type SeedArgs } from "./seed-args";
import { seedDemoData, seedIfEmpty } from "./seed";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function run(args: Exclude<SeedArgs, { kind: "help" }>) {
  if (args.kind === "demo") {
    const done = await seedIfEmpty();
    console.log(done ? `Seeded ${done}.` : "The database already has responses; nothing seeded (use --count to add more).");
    return;
  }
  console.log(
    `Seeding ${fmt(args.count)} responses${args.drafts ? ` and ${fmt(args.drafts)} drafts` : ""} (seed ${args.seed}, ` +
      `${args.reports ? "with" : "without"} reports)…`,
  );
  let lastPrint = 0;
  const done = await seedDemoData({
    ...args,
    reports: args.reports ? Infinity : 0,
    onProgress: ({ responses, drafts, seconds }) => {
      if (seconds - lastPrint < 2 && responses < args.count) return;
      lastPrint = seconds;
      console.log(`  ${fmt(responses)} / ${fmt(args.count)} responses, ${fmt(drafts)} drafts — ${fmt(responses / seconds)} responses/s`);
    },
  });
  console.log(
    `Seeded ${fmt(done.responses)} responses with scores and ${fmt(done.drafts)} drafts in ${done.rowSeconds.toFixed(1)} s ` +
      `(${fmt(done.responses / done.rowSeconds)} responses/s, aggregates by ${done.aggregates})` +
      (args.reports ? `, then ${fmt(done.reports)} reports; ${done.seconds.toFixed(1)} s in all.` : "."),
  );
}

let args: SeedArgs;
try {
  args = parseSeedArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof SeedArgsError)) throw error;
  console.error(`✖ ${error.message}`);
  process.exit(1);
}
if (args.kind === "help") {
  console.log(SEED_HELP);
  process.exit(0);
}
connectScriptDatabase();
run(args)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
