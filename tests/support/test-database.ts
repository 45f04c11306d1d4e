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
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
