// `npm run db:rescore [-- --batch-size=1000]`: re-scores every completed response in DATABASE_URL (or the running
// embedded database) with the current scoring version and recounts the peer aggregate. Safe to run again.
import { DEFAULT_RESCORE_BATCH_SIZE, rescoreAll } from "../lib/responses/rescore";
import { connectScriptDatabase } from "./database";

connectScriptDatabase();

const batchArg = process.argv.find((value) => value.startsWith("--batch-size="));
const batchSize = batchArg ? Number(batchArg.split("=")[1]) : DEFAULT_RESCORE_BATCH_SIZE;

const started = Date.now();
rescoreAll({
  batchSize,
  onBatch: ({ scored }) => process.stdout.write(`\r  ${scored.toLocaleString("en")} responses re-scored`),
})
  .then((summary) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nRe-scored ${summary.scored} completed responses with scoring version ${summary.scoringVersion} ` +
        `in ${summary.batches} batches (${seconds} s); removed ${summary.removed} scores of responses not completed.`,
    );
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`\n✖ Re-scoring failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
