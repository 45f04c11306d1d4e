// Prisma CLI configuration. Prisma 7 reads no .env by itself and cannot download its
// schema engine here, so this file (a) loads .env when present, (b) points the CLI at
// our offline schema-engine stand-in, and (c) falls back to the embedded database the
// app started (its URL is written to .data/embedded-postgres.json while it runs).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

const root = __dirname;
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts/prisma-engine/schema-engine.mjs");

function databaseUrl(): string | undefined {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const state = path.join(path.resolve(root, process.env.DATA_DIR ?? ".data"), "embedded-postgres.json");
  if (!existsSync(state)) return undefined;
  return (JSON.parse(readFileSync(state, "utf8")) as { url?: string }).url;
}

const url = databaseUrl();

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(url ? { datasource: { url } } : {}),
});
