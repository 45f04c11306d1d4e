// The newcomer's path from scratch: no DATABASE_URL, an empty data folder. `npm start`
// must create the embedded database, migrate it, serve a healthy app, stop cleanly on
// Ctrl-C, and find the same data when started again.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/embedded-postgres";

/** So the health check shows the migrations (they are hidden from anyone without it). */
const HEALTH_TOKEN = "launcher-test-health-token-0123456789";

let dataDir: string;
let port: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "dmi-launcher-"));
  port = await freePort();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

type Launched = { child: ChildProcess; output: () => string };

function launch(): Promise<Launched> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HEALTH_TOKEN };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "start"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("is running at")) {
        clearInterval(timer);
        resolve({ child, output: () => output });
      }
    }, 100);
    child.on("exit", (code) => {
      clearInterval(timer);
      reject(new Error(`launcher exited (${code}) before serving:\n${output}`));
    });
  });
}

function stop({ child }: Launched): Promise<number | null> {
  return new Promise((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}

async function embeddedUrl(): Promise<string> {
  const state = JSON.parse(await readFile(path.join(dataDir, "embedded-postgres.json"), "utf8")) as { url: string };
  return state.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("npm start without DATABASE_URL", () => {
  it("serves on embedded PostgreSQL, migrated, and keeps data across restarts", { timeout: 600_000 }, async () => {
    const first = await launch();
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { authorization: `Bearer ${HEALTH_TOKEN}` } })).json();
    expect(health).toMatchObject({ ok: true, database: { reachable: true }, migrations: { upToDate: true } });
    expect(first.output()).toContain("embedded PostgreSQL");

    const url = await embeddedUrl();
    await query(url, `CREATE TABLE launcher_probe (note text); INSERT INTO launcher_probe VALUES ('kept')`);
    expect(await stop(first), first.output()).toBe(0);
    expect(existsSync(path.join(dataDir, "embedded-postgres.json"))).toBe(false);
    await expect(query(url, "SELECT 1")).rejects.toThrow();

    const second = await launch();
    const rows = await query<{ note: string }>(await embeddedUrl(), "SELECT note FROM launcher_probe");
    expect(rows).toEqual([{ note: "kept" }]);
    expect(await stop(second), second.output()).toBe(0);
  });
});
