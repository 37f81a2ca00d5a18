// @ts-check
// Where a package's tests run: its own Postgres database and Redis key prefix, so packages can
// test in parallel without seeing each other's rows or jobs, and never touch a real install.
// Plain JavaScript because vitest loads config files with Node, which cannot import TypeScript
// from a workspace package. It reads process.env because it runs before any package env module.

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * @param {string} packageName e.g. "@tidemark/intake"
 * @returns {{ databaseUrl: string, redisUrl: string, redisPrefix: string }}
 */
export function testTargets(packageName) {
  const slug = packageName
    .replace(/^@tidemark\//, "")
    .replace(/[^a-z0-9]+/gi, "_")
    .toLowerCase();
  // TIDEMARK_TEST_NAMESPACE lets two checkouts on one machine run their tests at the same time.
  const ns = (process.env.TIDEMARK_TEST_NAMESPACE ?? "").replace(/[^a-z0-9]+/gi, "_").toLowerCase();
  const name = ns ? `${ns}_${slug}` : slug;
  const server = new URL(process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER_URL);
  server.pathname = `/tidemark_test_${name}`;
  return {
    databaseUrl: server.toString(),
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    redisPrefix: `tidemark-test-${name}`,
  };
}
