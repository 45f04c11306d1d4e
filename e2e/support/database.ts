// Direct reads of the e2e run's database, to check what a flow stored.
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eStateFile } from "../../scripts/e2e-state";

export async function queryE2eDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { url } = JSON.parse(readFileSync(e2eStateFile(), "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
