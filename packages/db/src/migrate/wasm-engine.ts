// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
// The package entry imports a .wasm file, which Node 20 cannot import, so we instantiate the
// module ourselves and hand its exports to the wasm-bindgen glue (schema_engine_bg.js).
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

// Node has WebAssembly at runtime, but our tsconfig has no DOM lib to type it; this is all we use.
type WasmExports = Record<string, unknown>;
interface WasmRuntime {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, object>,
  ): Promise<{ instance: { exports: WasmExports } }>;
}
const wasmRuntime = (globalThis as unknown as { WebAssembly: WasmRuntime }).WebAssembly;

type Glue = typeof glue & { __wbg_set_wasm(exports: WasmExports): void };

let loaded: Promise<typeof glue.SchemaEngine> | undefined;

async function instantiate(): Promise<typeof glue.SchemaEngine> {
  // The package exports no package.json; locate its folder through the glue module.
  const packageDir = dirname(
    fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
  );
  const bytes = await readFile(join(packageDir, "schema_engine_bg.wasm"));
  const { instance } = await wasmRuntime.instantiate(bytes, { "./schema_engine_bg.js": glue });
  (glue as Glue).__wbg_set_wasm(instance.exports);
  // __wbindgen_start is a wasm export. It fills the externref table (undefined, null, true,
  // false); skipping it makes JS null unrecognisable to the engine ("expected unit" errors).
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  return glue.SchemaEngine;
}

/** The SchemaEngine class, loaded once per process. */
export function loadSchemaEngineClass(): Promise<typeof glue.SchemaEngine> {
  loaded ??= instantiate();
  return loaded;
}

export type { SchemaEngine };
