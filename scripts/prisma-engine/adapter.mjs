// The driver adapter factory handed to the wasm schema engine: @prisma/adapter-pg, plus
// the fixes the engine's catalog queries and its shadow-database handling need.
import pg from "pg";
import { parse } from "pg-connection-string";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18; // Postgres' internal one-byte `"char"` (pg_constraint.contype etc.)
const TEXT_OID = 25;

/**
 * pg connection settings for `url`, as separate fields (never a connectionString): a
 * connectionString would override `database`, so a shadow-database pool built from it
 * would silently connect to the main database.
 */
export function pgConfig(url, database) {
  // `schema` is Prisma's, not pg's: it goes to the adapter (see connect).
  const { schema, connect_timeout, ...cfg } = parse(url);
  if (database) cfg.database = database;
  // Like the native engine, run migration scripts (unqualified names) inside `?schema=`.
  if (schema) cfg.options = `${cfg.options ?? ""} -c search_path="${schema.replaceAll('"', '""')}"`.trim();
  // The native engine gives up on unreachable hosts after 5 s (connect_timeout); do the same
  // so an unreachable DATABASE_URL fails with P1001 instead of hanging.
  cfg.connectionTimeoutMillis = 1000 * Number(connect_timeout ?? 5);
  return { config: cfg, schema };
}

/** Run `fn` with a single short-lived client (administrative statements). */
export async function withClient(url, database, fn) {
  const client = new pg.Client(pgConfig(url, database).config);
  client.on("error", () => {}); // a dropped connection is reported by the query that fails
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

// adapter-pg has no column type for `"char"` and throws "Column type 'char' could not be
// deserialized". Present it to adapter-pg as text, then report it to the engine as a
// Character column (PostgreSQL 18's constraint_type needs that, or the engine panics).
// queryRaw hands back the very `rows` array performIO produced, so it keys the side table.
const charColumns = new WeakMap();
function withCharAsText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const chars = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      chars.push(i);
    });
    if (chars.length > 0) charColumns.set(result.rows, chars);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  // adapter-pg's executeScript splits the script at every ";", which breaks function bodies ($$ … ; … $$).
  // The native engine sends a migration script as one simple-protocol query (one implicit transaction); so do we.
  queryable.executeScript = async (script) => {
    try {
      await queryable.client.query(script);
    } catch (error) {
      queryable.onError(error);
    }
  };
  if (queryable.startTransaction) {
    const startTransaction = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...args) => withCharAsText(await startTransaction(...args));
  }
  return queryable;
}

async function connect(url, database) {
  const { config, schema } = pgConfig(url, database);
  return withCharAsText(await new PrismaPg(config, schema ? { schema } : undefined).connect());
}

/** Empty a configured shadow database the way the native engine resets it before use. */
async function emptyDatabase(url) {
  await withClient(url, undefined, async (client) => {
    const { rows } = await client.query(
      "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname.replaceAll('"', '""')}" CASCADE`);
    await client.query('CREATE SCHEMA IF NOT EXISTS "public"');
  });
}

const liveShadowDbs = new Map(); // name -> dispose, until the engine disposes them

/** A temporary shadow database next to the main one, dropped when the engine disposes it. */
async function temporaryShadowDb(url) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await withClient(url, undefined, (c) => c.query(`CREATE DATABASE "${name}"`));
  const adapter = await connect(url, name);
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    liveShadowDbs.delete(name);
    await dispose(); // close the pool first: Postgres refuses to drop a database in use
    await withClient(url, undefined, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  liveShadowDbs.set(name, adapter.dispose);
  return adapter;
}

/** Drop temporary shadow databases the engine never disposed (it panicked mid-command). */
export async function dropLiveShadowDbs() {
  await Promise.allSettled([...liveShadowDbs.values()].map((dispose) => dispose()));
}

/** `datasource` is the CLI's `--datasource` JSON: `{ url, shadowDatabaseUrl? }`. */
export function adapterFactory(datasource = {}) {
  const { url, shadowDatabaseUrl } = datasource;
  const need = () => {
    if (!url) throw new Error("No database URL: set DATABASE_URL (see prisma.config.ts)");
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => (need(), connect(url)),
    connectToShadowDb: async () => {
      if (!shadowDatabaseUrl) return need(), temporaryShadowDb(url);
      await emptyDatabase(shadowDatabaseUrl);
      return connect(shadowDatabaseUrl);
    },
  });
}
