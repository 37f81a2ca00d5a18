// @ts-check
// Shared vitest settings for Tidemark packages: real Postgres and Redis, one database and key
// prefix per package, test files run one at a time (Formbricks-style serial integration tests).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testTargets } from "./test-targets.js";

/**
 * @param {{ packageName: string, database?: boolean, testTimeoutMs?: number, hookTimeoutMs?: number, isolate?: boolean, include?: string[], exclude?: string[] }} options
 *   `database`: the package's tests need Postgres (a fresh database is created and migrated).
 */
export function tidemarkVitestConfig(options) {
  const targets = testTargets(options.packageName);
  return defineConfig({
    test: {
      include: options.include ?? ["test/**/*.test.ts", "src/**/*.test.ts"],
      exclude: [...(options.exclude ?? []), "**/node_modules/**"],
      fileParallelism: false,
      // One module graph for all of a package's files (they run one at a time anyway): importing
      // the package again for every file was a third of the test run's CPU. A file must therefore
      // not leave shared state behind (close what it opened, restore what it changed).
      isolate: options.isolate ?? false,
      testTimeout: options.testTimeoutMs ?? 20_000,
      hookTimeout: options.hookTimeoutMs ?? 60_000,
      env: {
        DATABASE_URL: targets.databaseUrl,
        REDIS_URL: targets.redisUrl,
        REDIS_PREFIX: targets.redisPrefix,
        NODE_ENV: "test",
      },
      globalSetup: [
        fileURLToPath(new URL("./redis-global-setup.ts", import.meta.url)),
        ...(options.database ? [fileURLToPath(new URL("./global-setup.ts", import.meta.url))] : []),
      ],
    },
  });
}
