// A bad DATABASE_URL stops the launcher with one line saying what is wrong — no stack trace.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedPostgres, type RunningPostgres } from "@/scripts/embedded-postgres";

function launchWith(databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/serve.ts", "start"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "3999" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

let dir: string;
let server: RunningPostgres;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dmi-badurl-"));
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false });
});
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("npm start with a bad DATABASE_URL", () => {
  it.each([
    ["not a URL", () => "not-a-url", /^✖ Invalid environment: DATABASE_URL is not a URL/],
    ["another database system", () => "mysql://root@127.0.0.1/app", /DATABASE_URL must start with postgresql:\/\//],
    ["an unreachable server", async () => `postgresql://postgres@127.0.0.1:${await freePort()}/app`, /^✖ Cannot reach PostgreSQL at 127\.0\.0\.1:\d+: connection refused/],
    ["a wrong password", () => server.url.replace("postgres:postgres@", "postgres:wrong@"), /^✖ PostgreSQL at 127\.0\.0\.1:\d+ rejected the password for user "postgres"$/],
    ["a missing database", () => server.url.replace(/\/dealmaker$/, "/no_such_db"), /has no database "no_such_db"/],
  ])("%s gives one clear line", { timeout: 60_000 }, async (_name, url, expected) => {
    const { status, stderr } = launchWith(await url());
    expect(status).toBe(1);
    expect(stderr).toMatch(expected);
    expect(stderr.split("\n")).toHaveLength(1);
  });
});
