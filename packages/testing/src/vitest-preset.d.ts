import type { ViteUserConfig } from "vitest/config";

export interface PresetOptions {
  /** The package's name, e.g. "@tidemark/intake". */
  packageName: string;
  /** The package's tests need Postgres: a fresh database is created and migrated for the run. */
  database?: boolean;
  testTimeoutMs?: number;
  hookTimeoutMs?: number;
  /** A fresh module graph for every test file (default false: one graph per package run). */
  isolate?: boolean;
  include?: string[];
  /** Files another config of the same package runs (see apps/worker/vitest.heavy.config.ts). */
  exclude?: string[];
}

export function tidemarkVitestConfig(options: PresetOptions): ViteUserConfig;
