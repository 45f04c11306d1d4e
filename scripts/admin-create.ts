// `npm run admin:create -- --email you@example.com --password '…'`: creates an admin in DATABASE_URL (or the running
// embedded database), or sets the password of an existing one.
import { parseArgs } from "node:util";
import { AdminInputError, ensureAdmin } from "../lib/auth/ensure-admin";
import { connectScriptDatabase } from "./database";

const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" } } });
if (!values.email || !values.password) {
  console.error("usage: npm run admin:create -- --email you@example.com --password 'at least 12 characters'");
  process.exit(2);
}
connectScriptDatabase();

ensureAdmin(values.email, values.password)
  .then(({ email, created }) => {
    console.log(created ? `Created admin ${email}.` : `Updated the password of admin ${email}.`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof AdminInputError ? error.message : `Could not create the admin: ${String(error)}`}`);
    process.exit(1);
  });
