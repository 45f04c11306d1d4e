// The report_token_hash migration (docs/decisions/020-report-tokens-hashed.md): reports stored under the old schema,
// with their tokens in plain text, open by those same tokens once it has run through `prisma migrate deploy`, and
// the plain tokens are gone from the table.
import { randomBytes, randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy, runPrisma } from "@/scripts/migrate";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { closeDb } from "./client";
import { findReportPdfSubject } from "./report-pdfs";
import { findReport } from "./reports";
import { hashToken } from "./tokens";

const MIGRATION = "20261202180000_report_token_hash";
const MIGRATIONS = path.join(process.cwd(), "prisma/migrations");

let database: TestDatabase;
let scratch: string;
const oldTokens = [randomBytes(32).toString("base64url"), randomBytes(32).toString("base64url")];

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The schema as it stood just before MIGRATION: every committed migration before it, through the same CLI. */
async function migrateToBefore(): Promise<void> {
  scratch = mkdtempSync(path.join(os.tmpdir(), "dmi-migration-"));
  const names = readdirSync(MIGRATIONS).filter((name) => name < MIGRATION || name === "migration_lock.toml");
  expect(names).toContain("20261202170000_report_pdfs");
  for (const name of names) cpSync(path.join(MIGRATIONS, name), path.join(scratch, "migrations", name), { recursive: true });
  const config = path.join(scratch, "prisma.config.mjs");
  writeFileSync(
    config,
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= ${JSON.stringify(path.join(process.cwd(), "scripts/prisma-engine/schema-engine.mjs"))};
export default {
  schema: ${JSON.stringify(path.join(process.cwd(), "prisma/schema.prisma"))},
  migrations: { path: ${JSON.stringify(path.join(scratch, "migrations"))} },
  datasource: { url: process.env.DATABASE_URL },
};
`,
  );
  await runPrisma(["migrate", "deploy", "--config", config], database.url, { quiet: true });
}

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateToBefore();
  for (const [i, token] of oldTokens.entries()) {
    const responseId = randomUUID();
    await query(`INSERT INTO "Response" (id, "instrumentVersion", status, "updatedAt") VALUES ($1, '2026.1', 'COMPLETED', now())`, [responseId]);
    await query(
      `INSERT INTO "Report" (id, "responseId", token, "reportVersion", "scoringVersion", document) VALUES ($1, $2, $3, '1', '2026.1', $4)`,
      [randomUUID(), responseId, token, JSON.stringify({ profile: { region: "europe" }, participant: { company: `Old ${i}` } })],
    );
  }
  await migrateDeploy(database.url, { quiet: true });
  await closeDb();
  process.env.DATABASE_URL = database.url;
}, 180_000);

afterAll(async () => {
  await closeDb();
  await database?.drop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the report_token_hash migration", () => {
  it("applied on top of the old schema, with every migration after it", async () => {
    const applied = await query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE migration_name >= $1 AND finished_at IS NOT NULL ORDER BY migration_name`,
      [MIGRATION],
    );
    expect(applied[0]?.migration_name).toBe(MIGRATION);
  });

  it("keeps every link given before: each old token opens its own report, on the page and for the PDF", async () => {
    for (const [i, token] of oldTokens.entries()) {
      expect((await findReport(token))?.document).toMatchObject({ participant: { company: `Old ${i}` } });
      expect(await findReportPdfSubject(token)).toMatchObject({ company: `Old ${i}`, region: "europe" });
    }
    expect(await findReport(randomBytes(32).toString("base64url"))).toBeNull();
  });

  it("stores the hash as the app computes it, and no plain token", async () => {
    const rows = await query<{ tokenHash: string; tokenSalt: string | null }>(`SELECT "tokenHash", "tokenSalt" FROM "Report" ORDER BY "tokenHash"`);
    expect(rows).toEqual(oldTokens.map((token) => ({ tokenHash: hashToken(token), tokenSalt: null })).sort((a, b) => (a.tokenHash < b.tokenHash ? -1 : 1)));
    const columns = await query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Report'`);
    expect(columns.map((column) => column.column_name)).not.toContain("token");
    const text = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Report" AS r WHERE strpos(r::text, $1) > 0 OR strpos(r::text, $2) > 0`, oldTokens);
    expect(text[0]!.n).toBe(0);
  });

  it("keeps the hash unique and indexed", async () => {
    const indexes = await query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'Report' AND indexdef LIKE '%"tokenHash"%'`);
    expect(indexes.map((index) => index.indexdef)).toEqual([expect.stringMatching(/^CREATE UNIQUE INDEX "Report_tokenHash_key" ON .* USING btree \("tokenHash"\)$/)]);
  });
});
