// A second server of the built app on the run's database, with settings of its own (e.g. a low rate limit), so a
// spec can check them without touching the shared server the other specs use.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { e2eStateFile } from "../../scripts/e2e-state";
import { startWorkerProcess } from "../../scripts/worker-process";
import { E2E_RATE_LIMITS } from "./admin-credentials";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * It runs with the shared server's generous rate limits unless `settings` names its own. `worker: true` starts a job
 * worker beside it, as `npm start` does (the shared e2e server has one too). `env` may be made from the server's
 * address (e.g. PUBLIC_URL).
 */
export async function startAppServer(
  settings: Record<string, string> | ((baseURL: string) => Record<string, string>),
  { worker = false } = {},
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const { url } = JSON.parse(readFileSync(e2eStateFile(), "utf8")) as { url: string };
  const port = await freePort();
  const own = typeof settings === "function" ? settings(`http://127.0.0.1:${port}`) : settings;
  const env = { ...E2E_RATE_LIMITS, ...own };
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, DATABASE_URL: url, NODE_ENV: "production" },
    stdio: "ignore",
  });
  const jobs = worker ? startWorkerProcess({ ...process.env, ...env, DATABASE_URL: url, NODE_ENV: "production" }, "ignore") : null;
  const baseURL = `http://127.0.0.1:${port}`;
  const end = (process: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) return resolve();
      process.once("exit", () => resolve());
      process.kill("SIGTERM");
    });
  const stop = async () => {
    await Promise.all([end(child), ...(jobs ? [end(jobs)] : [])]);
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return { baseURL, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error("next start did not become healthy in 15 s");
}
