// Loads the published @prisma/schema-engine-wasm. Its entry module does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot import without
// --experimental-wasm-modules, so instantiate the bytes against the JS glue ourselves.
import { readFileSync } from "node:fs";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const entry = import.meta.resolve("@prisma/schema-engine-wasm");

/** Version of the wasm engine, e.g. 8.1.0-2.59be4fda…, without compiling it. */
export function wasmPackageVersion() {
  return JSON.parse(readFileSync(new URL("package.json", entry), "utf8")).version;
}

// Without a registry a wasm panic surfaces only as "unreachable"; the glue records the
// panic message here (the same object the Prisma CLI installs in its own process).
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  },
  get() {
    return this.message;
  },
};

let loaded;
/** The SchemaEngine class, ready to use (instantiated once per process). */
export async function loadSchemaEngine() {
  loaded ??= (async () => {
    const bytes = readFileSync(new URL("schema_engine_bg.wasm", entry));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue.SchemaEngine;
  })();
  return loaded;
}
