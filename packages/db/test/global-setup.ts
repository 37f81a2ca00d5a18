import { applyPendingMigrations, dropDatabase, ensureDatabase } from "../src/migrate/index.ts";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set by vitest.config.ts");
  return url;
}

export async function setup(): Promise<void> {
  await dropDatabase(databaseUrl());
  await ensureDatabase(databaseUrl());
  await applyPendingMigrations(databaseUrl());
}

export async function teardown(): Promise<void> {
  await dropDatabase(databaseUrl());
}
