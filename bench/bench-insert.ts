import "server-only";
import { db } from "@/lib/db/client";

/**
 * The bare-insert baseline for `npm run bench` (bench/submit-load.ts): one INSERT into `bench_insert`, a table the
 * bench creates itself (CREATE TABLE IF NOT EXISTS) so the schema and its migrations are untouched.
 */
export async function benchInsert(payload: string): Promise<void> {
  await db().$executeRaw`INSERT INTO bench_insert (payload) VALUES (${payload})`;
}
