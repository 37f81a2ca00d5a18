// Runs once per package test run: a fresh database with every migration applied, dropped again
// afterwards together with the package's Redis keys. `test.env` is already applied here.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import { deleteRedisPrefix } from "./redis.ts";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; use tidemarkVitestConfig() in vitest.config.ts`);
  return value;
}

export async function setup(): Promise<void> {
  const url = required("DATABASE_URL");
  await dropDatabase(url);
  await ensureDatabase(url);
  await applyPendingMigrations(url);
  await deleteRedisPrefix(required("REDIS_URL"), required("REDIS_PREFIX"));
}

export async function teardown(): Promise<void> {
  await dropDatabase(required("DATABASE_URL"));
  await deleteRedisPrefix(required("REDIS_URL"), required("REDIS_PREFIX"));
}
