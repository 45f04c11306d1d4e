import "server-only";
import { db } from "./client";
import { explainConnectionError } from "./errors";
import { committedMigrations } from "./migrations";
import { serverEnv } from "@/lib/env";

/** What anyone may read: up or down, and nothing about hosts, users, database names or migrations. */
export type PublicHealth = { ok: boolean; app: "up"; database: { reachable: boolean } };

export const publicHealth = (health: Health): PublicHealth => ({ ok: health.ok, app: health.app, database: { reachable: health.database.reachable } });

export type Health = {
  ok: boolean;
  app: "up";
  database: { reachable: boolean; error?: string };
  migrations: { upToDate: boolean; applied: number; expected: number; pending: string[] };
};

async function appliedMigrations(): Promise<string[]> {
  const table = await db().$queryRaw<{ found: boolean }[]>`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS found`;
  if (!table[0]?.found) return [];
  const rows = await db().$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

export async function checkHealth(): Promise<Health> {
  const expected = committedMigrations();
  try {
    const applied = new Set(await appliedMigrations());
    const pending = expected.filter((name) => !applied.has(name));
    return {
      ok: pending.length === 0,
      app: "up",
      database: { reachable: true },
      migrations: { upToDate: pending.length === 0, applied: applied.size, expected: expected.length, pending },
    };
  } catch (error) {
    return {
      ok: false,
      app: "up",
      database: { reachable: false, error: explainConnectionError(error, serverEnv().DATABASE_URL) },
      migrations: { upToDate: false, applied: 0, expected: expected.length, pending: expected },
    };
  }
}
