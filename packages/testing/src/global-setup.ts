// Runs once per package test run: a fresh database with every migration applied, dropped again
// afterwards (the package's Redis keys: redis-global-setup.ts). The targets come from the project's
// `test.env` (set by tidemarkVitestConfig), which is not yet in process.env here.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import type { TestProject } from "vitest/node";

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

  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await applyPendingMigrations(databaseUrl);

  return async () => {
    await dropDatabase(databaseUrl);
  };
}
