// @tidemark/db sits below @tidemark/testing, so it cannot use the shared preset; it mirrors it:
// its own throwaway database, created and migrated by test/global-setup.ts.
import { defineConfig } from "vitest/config";

const server = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
const ns = (process.env.TIDEMARK_TEST_NAMESPACE ?? "").replace(/[^a-z0-9]+/gi, "_").toLowerCase();
server.pathname = ns ? `/tidemark_test_${ns}_db` : "/tidemark_test_db";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { DATABASE_URL: server.toString(), NODE_ENV: "test" },
    globalSetup: ["test/global-setup.ts"],
  },
});
