// Gives every integration test a PostgreSQL server: DATABASE_URL when it is set (CI, or
// any server you point at), otherwise an embedded PostgreSQL started for this run only.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    process.env.TEST_DATABASE_URL = given;
    project.provide("testDatabaseUrl", given);
    project.provide("testDatabaseMode", "server");
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "dmi-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false });
  process.env.TEST_DATABASE_URL = server.url;
  project.provide("testDatabaseUrl", server.url);
  project.provide("testDatabaseMode", "embedded");
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    testDatabaseMode: "server" | "embedded";
  }
}
