// `schema-engine --datasource {"url":…} cli <command>`: the one-shot commands the Prisma
// CLI runs before migrating (does the database exist? create it). Plain pg is enough here
// and gives exact Postgres error codes to map to Prisma's P10xx errors.
import { parse } from "pg-connection-string";
import { withClient } from "./adapter.mjs";
import { describePgError, logLine } from "./errors.mjs";

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/** Run a statement against the server's maintenance database (postgres, else template1). */
async function onServer(url, sql) {
  try {
    return await withClient(url, "postgres", (c) => c.query(sql));
  } catch (error) {
    if (error.code !== "3D000") throw error;
    return withClient(url, "template1", (c) => c.query(sql));
  }
}

const commands = {
  "can-connect-to-database": (url) => withClient(url, undefined, (c) => c.query("SELECT 1")),
  "create-database": (url) => onServer(url, `CREATE DATABASE ${quote(parse(url).database)}`),
  "drop-database": (url) => onServer(url, `DROP DATABASE ${quote(parse(url).database)}`),
};

/** Exit code 0 on success; on failure, an ERROR log line on stderr and exit code 1. */
export async function runCliCommand(name, datasource) {
  const url = datasource?.url;
  try {
    if (!commands[name]) throw new Error(`Unknown cli command: ${name}`);
    if (!url) throw new Error("No database URL: set DATABASE_URL (see prisma.config.ts)");
    await commands[name](url);
    return 0;
  } catch (error) {
    // The CLI discards the first stderr line of these commands (it expects a startup log
    // line there), so write one before the error it has to see.
    process.stderr.write(logLine("INFO", { message: `schema-engine cli ${name}` }));
    process.stderr.write(logLine("ERROR", describePgError(error, url)));
    return 1;
  }
}
