// Picks the database for the launcher: DATABASE_URL when set (checked with one clear line
// when it is unusable), otherwise the embedded PostgreSQL under .data/.
import path from "node:path";
import pg from "pg";
import { explainConnectionError } from "../lib/db/errors";
import { parseEnv } from "../lib/env";
import { runningEmbeddedUrl, startEmbeddedPostgres } from "./embedded-postgres";

export function embeddedDataDir(dataDir: string | undefined): string {
  return path.join(path.resolve(dataDir ?? ".data"), "postgres");
}

export type SelectedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export class DatabaseUnavailableError extends Error {}

export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new DatabaseUnavailableError(explainConnectionError(error, url));
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function selectDatabase(databaseUrl: string | undefined, dataDir?: string): Promise<SelectedDatabase> {
  if (databaseUrl) {
    await checkConnection(databaseUrl);
    return { url: databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({ dataDir: embeddedDataDir(dataDir) });
  return { url: server.url, embedded: true, stop: server.stop };
}

/**
 * For the database CLIs (seed, rescore, admin:create): DATABASE_URL, or the embedded database the app is running.
 * Exits with one line when there is neither, and sets DATABASE_URL so lib/db connects to it.
 */
export function connectScriptDatabase(): string {
  const env = parseEnv(process.env);
  const url = env.DATABASE_URL ?? runningEmbeddedUrl(embeddedDataDir(env.DATA_DIR));
  if (!url) {
    console.error("✖ No database: set DATABASE_URL, or start the app (npm start) so the embedded database is running.");
    process.exit(1);
  }
  process.env.DATABASE_URL = url;
  return url;
}
