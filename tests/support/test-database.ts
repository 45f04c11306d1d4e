// Throw-away databases for integration tests. The server comes from TEST_DATABASE_URL
// (set by tests/support/global-setup.ts: DATABASE_URL when given, else an embedded
// PostgreSQL started for the run). Each test file creates its own database and drops it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

function serverUrl(): URL {
  const raw = process.env.TEST_DATABASE_URL ?? inject("testDatabaseUrl");
  if (!raw) throw new Error("TEST_DATABASE_URL is not set: run tests through vitest (global setup sets it)");
  return new URL(raw);
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = serverUrl();
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(prefix = "dmi_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = serverUrl();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(async (c) => {
        // Connections still closing (a pool's end() not yet through) are given a moment: one killed by FORCE while it
        // ends reaches its pool as an 'error' the pool's owner may no longer listen for, an uncaught exception.
        for (let waited = 0; waited < 5_000; waited += 100) {
          const { rows } = await c.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}
