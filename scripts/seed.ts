// Demo data for a newcomer's first run (and `npm run db:seed`): a few hundred realistic
// responses from the deterministic generator, so every page has something to show.
import { demoResponses } from "../lib/demo/demo-responses";
import { seededRandom } from "../lib/demo/random";
import { countResponses, insertDemoResponses } from "../lib/db/demo-data";
import { createMissingReports } from "../lib/db/report-generation";

export const DEMO_RESPONSE_COUNT = 300;
const DEMO_SEED = 20_260_101;

/** Seeds only an empty database; returns what it did, or null when there was data already. */
export async function seedIfEmpty(): Promise<string | null> {
  if ((await countResponses()) > 0) return null;
  const inserted = await insertDemoResponses(demoResponses(seededRandom(DEMO_SEED), DEMO_RESPONSE_COUNT, new Date()));
  const reports = await createMissingReports();
  return `${inserted} sample responses with ${reports} reports`;
}
