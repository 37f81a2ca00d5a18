// Shared vitest settings for Tidemark packages: real Postgres and Redis, one database and key
// prefix per package, test files run one at a time (Formbricks-style serial integration tests).
import { fileURLToPath } from "node:url";
import { defineConfig, type ViteUserConfig } from "vitest/config";
import { testTargets } from "./test-targets.ts";

export interface PresetOptions {
  /** The package's name, e.g. "@tidemark/intake". */
  packageName: string;
  /** Whether the package's tests need the database (creates and migrates it). */
  database?: boolean;
  testTimeoutMs?: number;
}

export function tidemarkVitestConfig(options: PresetOptions): ViteUserConfig {
  const targets = testTargets(options.packageName);
  return defineConfig({
    test: {
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
      fileParallelism: false,
      testTimeout: options.testTimeoutMs ?? 20_000,
      hookTimeout: 60_000,
      env: {
        DATABASE_URL: targets.databaseUrl,
        REDIS_URL: targets.redisUrl,
        REDIS_PREFIX: targets.redisPrefix,
        TIDEMARK_TEST_PACKAGE: options.packageName,
        NODE_ENV: "test",
      },
      globalSetup: options.database ? [fileURLToPath(new URL("./global-setup.ts", import.meta.url))] : [],
    },
  });
}
