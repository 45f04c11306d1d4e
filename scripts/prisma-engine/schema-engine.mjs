#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary, which the CLI cannot download
// here. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this file. The CLI runs it as
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine [--datamodels <schema file>]… [--datasource '{"url":…,"shadowDatabaseUrl":…}']
// and in the last form talks JSON-RPC 2.0 over stdin/stdout, one message per line. The work
// is done by the published wasm build of the same engine, over a node-postgres adapter.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { adapterFactory, dropLiveShadowDbs } from "./adapter.mjs";
import { runCliCommand } from "./cli-commands.mjs";
import { describeEngineError } from "./errors.mjs";
import { loadSchemaEngine, wasmPackageVersion } from "./wasm.mjs";

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") args.cli = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++; // not needed for Postgres
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  // The CLI only displays this; the hash is the engine commit of the wasm build in use.
  console.log(`schema-engine-cli ${wasmPackageVersion().split(".").pop()}`);
  process.exit(0);
}
if (args.cli) process.exit(await runCliCommand(args.cli, args.datasource));

const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
let current = null; // the request being handled; requests are handled one at a time

async function replyError(id, error) {
  if (error instanceof WebAssembly.RuntimeError) {
    // A Rust panic. The wasm instance is unusable afterwards, so clean up, answer and exit
    // like the native engine does (exit code 101). Cleanup first: the CLI kills us once answered.
    await dropLiveShadowDbs();
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || error.message;
    send({ jsonrpc: "2.0", id, error: { code: 4466, message, data: { is_panic: true, message, backtrace: error.stack } } });
    process.exit(101);
  }
  const data = describeEngineError(error);
  send({ jsonrpc: "2.0", id, error: { code: 4466, message: "An error happened. Check the data field for details.", data } });
}

// The engine reports some failures (e.g. no connection while it is being created) by
// throwing from a wasm callback instead of rejecting: fail the pending request, then stop.
process.on("uncaughtException", async (error) => {
  if (current === null) throw error;
  await replyError(current, error);
  await dropLiveShadowDbs();
  process.exit(1);
});

let engine;
async function getEngine() {
  if (!args.datasource?.url) throw new Error("No database URL: set DATABASE_URL (see prisma.config.ts)");
  // No --datamodels (e.g. `migrate diff`) must be `undefined`: an empty list panics in PSL.
  const datamodels = args.datamodels.length ? args.datamodels.map((f) => [f, readFileSync(f, "utf8")]) : undefined;
  const SchemaEngine = await loadSchemaEngine();
  // Engine logs are already in the native engine's stderr format.
  const log = (line) => process.stderr.write(String(line).endsWith("\n") ? line : `${line}\n`);
  engine ??= await SchemaEngine.new({ datamodels }, log, adapterFactory(args.datasource));
  return engine;
}

async function call(method, params) {
  const e = await getEngine();
  switch (method) {
    case "getDatabaseVersion":
      return e.version(params);
    case "evaluateDataLoss":
    case "createMigration":
      // These take the migrations' schema from a cache that only devDiagnostic fills (from the
      // migrations applied to the database, through the shadow-database factory); on a miss
      // they fail with "shadow DB must be provided through an external factory". The CLI
      // applies pending migrations just before, so a devDiagnostic now caches exactly the
      // list these need (and is a cheap cache hit when it is already there).
      await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      return e[method](params);
    case "diff": {
      // The wasm build returns the script; the native engine prints it through the CLI's
      // `print` request (which also makes `migrate diff --output` work).
      const { stdout, ...result } = await e.diff(params);
      if (stdout) send({ jsonrpc: "2.0", id: `print-${Date.now()}`, method: "print", params: { content: stdout } });
      return { ...result, stdout: null };
    }
    default:
      if (typeof e[method] !== "function" || method === "free") throw new Error(`Method not supported: ${method}`);
      return e[method](params ?? {});
  }
}

let queue = Promise.resolve();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  if (!line.trim()) return;
  const message = JSON.parse(line);
  if (!message.method) return; // the CLI acknowledging one of our `print` requests
  queue = queue.then(async () => {
    current = message.id;
    try {
      send({ jsonrpc: "2.0", id: message.id, result: (await call(message.method, message.params)) ?? {} });
    } catch (error) {
      await replyError(message.id, error);
    }
    current = null;
  });
});
// The CLI ends stdin when it is done; the database pools would otherwise keep us alive.
lines.on("close", () => queue.then(() => process.exit(0)));
