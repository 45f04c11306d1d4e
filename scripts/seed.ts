// Demo data for a newcomer's first run: filled in by the demo generator (lib/demo).
import pg from "pg";

export async function seedIfEmpty(databaseUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM "Response"`);
    if (Number(rows[0]?.n) > 0) return null;
    return null;
  } finally {
    await client.end();
  }
}
