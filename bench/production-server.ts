// The production build on a scratch database, for the benchmarks that need a running server (submit-load,
// first-load JS, PDF load). Builds only when the build is missing or stale (scripts/build-state.ts); the database is
// created on BENCH_SERVER_URL (default postgresql://postgres@127.0.0.1:5432/postgres), migrated, and dropped on stop.
// With `worker: true` a job worker runs beside it, as `npm start` runs one.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildIsStale, NEXT_BUILD_ARGS } from "../scripts/build-state";
import { migrateDeploy } from "../scripts/migrate";
import { startWorkerProcess } from "../scripts/worker-process";

const NEXT_CLI = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

export type ProductionServer = {
  baseUrl: string;
  databaseUrl: string;
  /** The pid of the next-server process (next start forks it), for RSS samples. */
  serverPid: () => number;
  stop: () => Promise<void>;
};

function runNext(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): ChildProcess {
  return spawn(process.execPath, [NEXT_CLI, ...args], { env, stdio: quiet ? "ignore" : "inherit" });
}

export async function ensureBuild() {
  if (!buildIsStale()) return;
  console.log("build is missing or stale: running next build");
  const build = runNext(NEXT_BUILD_ARGS, { ...process.env, NODE_ENV: "production" }, false);
  const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

/** Resident set size in kB of a process, from /proc/<pid>/status (VmRSS). */
export function rssKb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The deepest descendant of `pid` (next start → next-server), by /proc/<pid>/task/<pid>/children. */
function deepestChild(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return children.length ? deepestChild(Number(children[0])) : pid;
  } catch {
    return pid;
  }
}

export async function startProductionServer(
  options: { env?: Record<string, string>; setupSql?: string[]; port?: number; worker?: boolean } = {},
): Promise<ProductionServer> {
  await ensureBuild();
  const server = new URL(process.env.BENCH_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  const name = `scratch_load_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const dropDatabase = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  let app: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  try {
    await migrateDeploy(databaseUrl, { quiet: true });
    if (options.setupSql?.length) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      for (const sql of options.setupSql) await client.query(sql);
      await client.end();
    }
    const port = options.port ?? 3290 + Math.floor(Math.random() * 100);
    const env = { ...process.env, ...options.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" as const, PORT: String(port) };
    app = runNext(["start", "-p", String(port), "-H", "127.0.0.1"], env, true);
    if (options.worker) worker = startWorkerProcess({ ...env, LOG_LEVEL: "warn" });
    const baseUrl = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (app.exitCode !== null) throw new Error(`next start exited (${app.exitCode})`);
      const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error("next start did not answer /api/health within 60 s");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const started = app;
    return {
      baseUrl,
      databaseUrl,
      serverPid: () => deepestChild(started.pid!),
      stop: async () => {
        const children = [started, worker].filter((child) => child !== undefined);
        for (const child of children) child.kill("SIGTERM");
        await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
        await dropDatabase();
      },
    };
  } catch (error) {
    app?.kill("SIGTERM");
    worker?.kill("SIGTERM");
    await dropDatabase().catch(() => undefined);
    throw error;
  }
}
