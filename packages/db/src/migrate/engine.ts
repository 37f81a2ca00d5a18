// One schema engine instance per command: an instance hands out its shadow-database factory only
// once, and it leaves timers running, so callers end the process when the command is done.
import { readFileSync } from "node:fs";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { createEngineAdapterFactory } from "./engine-adapter.ts";
import { paths } from "./migration-files.ts";
import { loadSchemaEngineClass } from "./wasm-engine.ts";

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface EngineOptions {
  databaseUrl: string;
  shadowUrl?: string | undefined;
  schemaPath?: string;
  /** Receives the engine's log lines (JSON strings). Silent by default. */
  log?: (line: string) => void;
}

export interface OpenEngine {
  engine: SchemaEngine;
  schemaFiles: { path: string; content: string }[];
}

export async function openEngine(options: EngineOptions): Promise<OpenEngine> {
  const schemaPath = options.schemaPath ?? paths.schema;
  const schemaText = readFileSync(schemaPath, "utf8");
  const SchemaEngineClass = await loadSchemaEngineClass();
  const adapterFactory = createEngineAdapterFactory(options.databaseUrl, options.shadowUrl);
  const engine = await SchemaEngineClass.new(
    { datamodels: [[schemaPath, schemaText]] },
    (line: string) => options.log?.(line),
    adapterFactory,
  );
  return { engine, schemaFiles: [{ path: schemaPath, content: schemaText }] };
}
