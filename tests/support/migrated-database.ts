// One migrated database per test file, wired into lib/db: sets DATABASE_URL, and closes
// and forgets the cached Prisma client (and the job queue) so the next db() call connects to this database.
import { afterAll, beforeAll } from "vitest";
import { migrateDeploy } from "@/scripts/migrate";
import { createTestDatabase, type TestDatabase } from "./test-database";

async function forgetClient() {
  // The job queue first: a worker's handler may still be writing through the client.
  const { stopJobQueue } = await import("@/lib/jobs/queue");
  await stopJobQueue();
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
}

export function withMigratedDatabase(): { url: () => string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateDeploy(database.url, { quiet: true });
    await forgetClient();
    process.env.DATABASE_URL = database.url;
  }, 120_000);
  afterAll(async () => {
    await forgetClient();
    await database?.drop();
  });
  return { url: () => database!.url };
}
