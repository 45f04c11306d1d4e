// `npm run db:seed`: seeds the database in DATABASE_URL (or the running embedded one) if it is empty.
import { parseEnv } from "../lib/env";
import { runningEmbeddedUrl } from "./embedded-postgres";
import { embeddedDataDir } from "./database";
import { seedIfEmpty } from "./seed";

const env = parseEnv(process.env);
const url = env.DATABASE_URL ?? runningEmbeddedUrl(embeddedDataDir(env.DATA_DIR));
if (!url) {
  console.error("✖ No database: set DATABASE_URL, or start the app (npm start) so the embedded database is running.");
  process.exit(1);
}
process.env.DATABASE_URL = url;

seedIfEmpty()
  .then((done) => {
    console.log(done ? `Seeded ${done}.` : "The database already has responses; nothing seeded.");
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
