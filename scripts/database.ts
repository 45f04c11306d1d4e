// Picks the database for the launcher: DATABASE_URL when set (checked with one clear line
// when it is unusable), otherwise the embedded PostgreSQL under .data/.
import path from "node:path";
import pg from "pg";
import { explainConnectionError } from "../lib/db/connection-error";
import { startEmbeddedPostgres } from "./embedded-postgres";

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
