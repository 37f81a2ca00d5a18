// Where a package's tests run: its own Postgres database and Redis key prefix, so packages can
// test in parallel without seeing each other's rows or jobs, and never touch a real install.
// This module is loaded by vitest configs before any package env module, so it reads
// process.env directly (the one place the test harness does).

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestTargets {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

export function testTargets(packageName: string): TestTargets {
  const slug = packageName
    .replace(/^@tidemark\//, "")
    .replace(/[^a-z0-9]+/gi, "_")
    .toLowerCase();
  const server = new URL(process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER_URL);
  server.pathname = `/tidemark_test_${slug}`;
  return {
    databaseUrl: server.toString(),
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    redisPrefix: `tidemark-test-${slug}`,
  };
}
