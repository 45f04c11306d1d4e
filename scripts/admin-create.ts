// `npm run admin:create -- --email you@example.com --password '…'`: creates an admin in DATABASE_URL (or the running
// embedded database), or sets the password of an existing one.
import { parseArgs } from "node:util";
import { parseEnv } from "../lib/env";
import { AdminInputError, ensureAdmin } from "../lib/auth/ensure-admin";
import { runningEmbeddedUrl } from "./embedded-postgres";
import { embeddedDataDir } from "./database";

const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" } } });
if (!values.email || !values.password) {
  console.error("usage: npm run admin:create -- --email you@example.com --password 'at least 12 characters'");
  process.exit(2);
}
const env = parseEnv(process.env);
const url = env.DATABASE_URL ?? runningEmbeddedUrl(embeddedDataDir(env.DATA_DIR));
if (!url) {
  console.error("✖ No database: set DATABASE_URL, or start the app (npm start) so the embedded database is running.");
  process.exit(1);
}
process.env.DATABASE_URL = url;

ensureAdmin(values.email, values.password)
  .then(({ email, created }) => {
    console.log(created ? `Created admin ${email}.` : `Updated the password of admin ${email}.`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof AdminInputError ? error.message : `Could not create the admin: ${String(error)}`}`);
    process.exit(1);
  });
