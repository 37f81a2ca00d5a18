import type { TestProject } from "vitest/node";
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "../src/migrate/index.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = project.config.env.DATABASE_URL;
  if (typeof databaseUrl !== "string") throw new Error("DATABASE_URL is not set by vitest.config.ts");
  await dropDatabase(databaseUrl);
  await ensureDatabase(databaseUrl);
  await applyPendingMigrations(databaseUrl);
  return () => dropDatabase(databaseUrl);
}
