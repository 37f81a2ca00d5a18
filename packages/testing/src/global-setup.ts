// Runs once per package test run: a fresh database with every migration applied, dropped again
// afterwards together with the package's Redis keys. The targets come from the project's
// `test.env` (set by tidemarkVitestConfig), which is not yet in process.env here.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import type { TestProject } from "vitest/node";
import { deleteRedisPrefix } from "./redis.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = project.config.env;
  const required = (name: string): string => {
    const value = env[name];
    if (typeof value !== "string" || value === "") {
      throw new Error(`${name} is not set; build vitest.config.ts with tidemarkVitestConfig()`);
    }
    return value;
  };
  const databaseUrl = required("DATABASE_URL");
  const redisUrl = required("REDIS_URL");
  const redisPrefix = required("REDIS_PREFIX");

  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  await deleteRedisPrefix(redisUrl, redisPrefix);

  return async () => {
    await dropDatabase(databaseUrl);
    await deleteRedisPrefix(redisUrl, redisPrefix);
  };
}
