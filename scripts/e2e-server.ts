// Serves the built app for Playwright on a database of its own: a fresh database on the
// server in DATABASE_URL (dropped on exit), or, without DATABASE_URL, a throw-away embedded
// PostgreSQL. Builds first when the build is missing or stale. Starts a job worker beside the app, as `npm start`
// does (it renders the report PDFs the specs download), unless WORKER=off.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIsStale, NEXT_BUILD_ARGS } from "./build-state";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { e2eStateFile } from "./e2e-state";
import { migrateDeploy } from "./migrate";
import { parseEnv } from "../lib/env";
import { ensureAdminFromEnv } from "../lib/auth/ensure-admin";
import { startWorkerProcess } from "./worker-process";

const NEXT_CLI = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function adminQuery(serverUrl: string, sql: string) {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const name = `dmi_e2e_${randomBytes(5).toString("hex")}`;
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { url: url.toString(), cleanup: () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "dmi-e2e-pg-"));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false });
  return {
    url: embedded.url,
    cleanup: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_CLI, ...args], { env, stdio: "inherit" });
}

async function main() {
  const database = await freshDatabase();
  const running: { app?: ChildProcess; worker?: ChildProcess } = {};
  const stop = async () => {
    running.app?.kill("SIGTERM");
    running.worker?.kill("SIGTERM");
    await database.cleanup().catch((error: unknown) => console.error("e2e database cleanup failed:", error));
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());

  await migrateDeploy(database.url, { quiet: true });
  process.env.DATABASE_URL = database.url;
  await ensureAdminFromEnv(parseEnv(process.env));
  // Specs read the database directly to check what was stored (e2e/support/database.ts).
  await writeFile(e2eStateFile(), JSON.stringify({ url: database.url }));
  const env = { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" as const };
  if (buildIsStale()) {
    const build = run(NEXT_BUILD_ARGS, env);
    const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }
  const app = run(["start", "-p", process.env.PORT ?? "3210", "-H", "127.0.0.1"], env);
  running.app = app;
  app.on("exit", (code) => void database.cleanup().finally(() => process.exit(code ?? 1)));
  if (parseEnv(process.env).WORKER === "on") running.worker = startWorkerProcess(env);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
