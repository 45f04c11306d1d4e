// Starts the production build of the app on a scratch database of its own (created on the server in DATABASE_URL,
// default the local PostgreSQL at 127.0.0.1:5432, dropped afterwards), building first when the build is stale.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIsStale, NEXT_BUILD_ARGS } from "../../scripts/build-state";
import { freePort } from "../../scripts/embedded-postgres";
import { migrateDeploy } from "../../scripts/migrate";

const NEXT_CLI = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const SERVER_URL = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type AppUnderTest = {
  baseUrl: string;
  databaseUrl: string;
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>;
  counts: () => Promise<RowCounts>;
  /** SIGKILLs the app process (a crash: nothing drained) and resolves once it has exited. */
  kill: () => Promise<void>;
  /** Starts the app again on the same port and database; resolves once /api/health answers 200. */
  relaunch: () => Promise<void>;
  stop: () => Promise<void>;
};
export type RowCounts = { Response: number; Report: number; Score: number; AdminSession: number };

async function onServer(sql: string) {
  const url = new URL(SERVER_URL);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A query on a fresh connection each time, so it works across a PostgreSQL restart. */
function queryOn(databaseUrl: string) {
  return async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
}

export async function waitForHealth(baseUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once("exit", () => resolve()));

/**
 * RELIABILITY_PORT pins the first app's port (e.g. when several checkouts share a machine) and `portOffset` picks
 * the one after it for a second app; without it, any free port.
 */
export async function startApp({ portOffset = 0 }: { portOffset?: number } = {}): Promise<AppUnderTest> {
  const name = `dmi_reliability_${randomBytes(5).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dropDatabase = () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  let app: ChildProcess | undefined;
  const stop = async () => {
    if (app && app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await Promise.race([exited(app), new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
    }
    await dropDatabase().catch((error: unknown) => console.error("scratch database cleanup failed:", error));
  };
  try {
    await migrateDeploy(databaseUrl, { quiet: true });
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production" as const,
      // The checks send thousands of requests from one address: every per-client limit off.
      SUBMIT_RATE_LIMIT_PER_MINUTE: "0",
      STEP_SAVE_RATE_LIMIT_PER_MINUTE: "0",
      DRAFT_RATE_LIMIT_PER_HOUR: "0",
      PDF_RATE_LIMIT_PER_MINUTE: "0",
      BENCHMARKS_RATE_LIMIT_PER_MINUTE: "0",
    };
    // Another session may be building at the same time (next build refuses to run twice): wait and look again.
    for (let attempt = 1; buildIsStale(); attempt++) {
      console.log("› the build is stale: next build");
      const build = spawn(process.execPath, [NEXT_CLI, ...NEXT_BUILD_ARGS], { env, stdio: "inherit" });
      const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
      if (code === 0) break;
      if (attempt === 20) throw new Error(`next build failed (exit ${code})`);
      await new Promise((resolve) => setTimeout(resolve, 10_000));
    }
    const pinned = Number(process.env.RELIABILITY_PORT);
    const port = pinned ? pinned + portOffset : await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The server's own log (Next prints each refused server action) goes to a file, not the summary.
    const log = createWriteStream(path.join(os.tmpdir(), `${name}-server.log`), { flags: "a" });
    const launch = async () => {
      app = spawn(process.execPath, [NEXT_CLI, "start", "-p", String(port), "-H", "127.0.0.1"], {
        env,
        stdio: ["ignore", "ignore", "pipe"],
      });
      app.stderr?.pipe(log, { end: false });
      if (!(await waitForHealth(baseUrl, 60_000))) throw new Error("the app did not answer /api/health with 200 within 60 s");
    };
    await launch();
    console.log(`› app at ${baseUrl}, its log in ${log.path as string}`);
    const query = queryOn(databaseUrl);
    const counts = async (): Promise<RowCounts> => {
      const [row] = await query<RowCounts>(
        `SELECT (SELECT count(*)::int FROM "Response") AS "Response", (SELECT count(*)::int FROM "Report") AS "Report",
                (SELECT count(*)::int FROM "Score") AS "Score", (SELECT count(*)::int FROM "AdminSession") AS "AdminSession"`,
      );
      return row!;
    };
    const kill = async () => {
      app!.kill("SIGKILL");
      await exited(app!);
    };
    return { baseUrl, databaseUrl, query, counts, kill, relaunch: launch, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
