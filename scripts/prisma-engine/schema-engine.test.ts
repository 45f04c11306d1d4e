// The offline schema engine, exercised the way it is used: through the real Prisma CLI,
// wired up by prisma.config.ts, against throw-away databases.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, appendFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

const root = path.resolve(__dirname, "../..");
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const engine = path.join(__dirname, "schema-engine.mjs");

type Run = { code: number | null; stdout: string; output: string };

/** Run the Prisma CLI; a hang fails the test through execFile's timeout (code null). */
function prisma(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", ...opts.env };
  // Unless a test sets it, leave the engine path to prisma.config.ts: that wiring is under test.
  if (!opts.env?.PRISMA_SCHEMA_ENGINE_BINARY) delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  return new Promise((resolve) => {
    execFile(process.execPath, [prismaCli, ...args], { cwd: opts.cwd ?? root, env, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, output: `${stdout}\n${stderr}` });
    });
  });
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

const migrationNames = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);

/** A TCP port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("offline schema engine (scripts/prisma-engine)", { timeout: 180_000 }, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("engine_test");
  });
  afterAll(() => db?.drop());

  it("answers --version like the native binary, and prisma.config.ts makes the CLI use it", async () => {
    const run = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, [engine, "--version"], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    expect(run.trim()).toMatch(/^schema-engine-cli [0-9a-f]{40}$/);

    const version = await prisma(["-v"], { env: { DATABASE_URL: db.url } });
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/Schema Engine\s*: schema-engine-cli [0-9a-f]{40}.*schema-engine\.mjs/);
  });

  it("deploys all migrations to an empty database; status is then up to date; a second deploy is a no-op", async () => {
    const env = { DATABASE_URL: db.url };
    const first = await prisma(["migrate", "deploy"], { env });
    expect(first.output).toContain("All migrations have been successfully applied");
    expect(first.code).toBe(0);

    const tables = await query<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Response", "Score", "Report", "AdminUser", "AdminSession", "_prisma_migrations"]),
    );

    const status = await prisma(["migrate", "status"], { env });
    expect(status.output).toContain("Database schema is up to date!");
    expect(status.code).toBe(0);

    const applied = await query(db.url, "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    const second = await prisma(["migrate", "deploy"], { env });
    expect(second.output).toContain("No pending migrations to apply.");
    expect(second.code).toBe(0);
    const after = await query(db.url, "SELECT migration_name FROM _prisma_migrations");
    expect(after).toHaveLength(applied.length);
    expect(applied).toHaveLength((await migrationNames(path.join(root, "prisma/migrations"))).length);
  });

  it("creates a migration for a schema change with migrate dev --create-only (in a temp copy)", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "engine-test-copy-"));
    const scratch = await createTestDatabase("engine_test");
    try {
      await cp(path.join(root, "prisma"), path.join(dir, "prisma"), { recursive: true });
      await cp(path.join(root, "prisma.config.ts"), path.join(dir, "prisma.config.ts"));
      await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"));
      await appendFile(
        path.join(dir, "prisma/schema.prisma"),
        "\nmodel EngineTestNote {\n  id   Int    @id @default(autoincrement())\n  body String\n}\n",
      );
      // The copied config would look for the engine next to itself; point it at ours.
      const env = { DATABASE_URL: scratch.url, PRISMA_SCHEMA_ENGINE_BINARY: engine };
      const before = await migrationNames(path.join(dir, "prisma/migrations"));

      const run = await prisma(["migrate", "dev", "--name", "engine_note", "--create-only"], { cwd: dir, env });
      expect(run.output).toContain("created the following migration without applying it");
      expect(run.code).toBe(0);

      const created = (await migrationNames(path.join(dir, "prisma/migrations"))).filter((m) => !before.includes(m));
      expect(created).toHaveLength(1);
      expect(created[0]).toMatch(/^\d{14}_engine_note$/);
      const sql = await readFile(path.join(dir, "prisma/migrations", created[0]!, "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "EngineTestNote"');
      expect(sql).not.toContain('CREATE TABLE "Response"');
    } finally {
      await rm(dir, { recursive: true, force: true });
      await scratch.drop();
    }
  });

  it("prints the SQL of migrate diff --script", async () => {
    const run = await prisma(["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"], {
      env: { DATABASE_URL: db.url },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('CREATE TABLE "Response"');
    expect(run.stdout).toContain('CREATE TYPE "ResponseStatus"');
  });

  it("fails fast with Prisma's P1001 error when the database server is unreachable", async () => {
    const url = `postgresql://postgres@127.0.0.1:${await closedPort()}/engine_test_unreachable`;
    const started = Date.now();
    const run = await prisma(["migrate", "status"], { env: { DATABASE_URL: url } });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull(); // null: killed by the timeout, i.e. it hung
    expect(run.output).toContain("P1001");
    expect(run.output).toContain("Can't reach database server at `127.0.0.1:");
    expect(run.output).not.toMatch(/\n\s+at .*\.m?js:\d+/); // no JS stack trace
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("reports a missing database as P1003", async () => {
    const url = new URL(db.url);
    url.pathname = "/engine_test_missing_database";
    const run = await prisma(["migrate", "status"], { env: { DATABASE_URL: url.toString() } });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain("P1003");
    expect(run.output).toContain("Database `engine_test_missing_database` does not exist");
  });
});
