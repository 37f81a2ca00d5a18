// One end-to-end run: a fresh migrated database and Redis prefix, the local fixture server, the
// real worker allowed to fetch only from it, and the built web app. Everything is torn down
// (and the database dropped) afterwards — also when setup itself fails halfway.
import { applyPendingMigrations, dropDatabase, ensureDatabase } from "@tidemark/db/migrate";
import { deleteRedisPrefix, startFixtureServer } from "@tidemark/testing";
import { fixtureRoutes } from "./support/fixture-pages";
import { freePort, startWeb, startWorker, stop } from "./support/processes";
import { E2E_TARGETS } from "./support/targets";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { databaseUrl, redisUrl, redisPrefix, adminPassword } = E2E_TARGETS;
  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    await dropDatabase(databaseUrl);
    await ensureDatabase(databaseUrl);
    cleanups.push(async () => {
      await dropDatabase(databaseUrl);
      await deleteRedisPrefix(redisUrl, redisPrefix);
    });
    await applyPendingMigrations(databaseUrl);
    await deleteRedisPrefix(redisUrl, redisPrefix);

    const fixtures = await startFixtureServer(fixtureRoutes());
    cleanups.push(() => fixtures.close());
    const shared = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      NODE_ENV: "production" as const,
    };
    const worker = await startWorker({
      ...shared,
      TIDEMARK_FETCH_ALLOW_HOSTS: fixtures.hostPort,
      TIDEMARK_FETCH_HOST_MIN_GAP_MS: "0",
      WORKER_RETRY_BASE_MS: "50",
      WORKER_INGEST_CONCURRENCY: "8",
      // Bulk actions in small, paced batches, so their progress can be watched (e2e/ui/bulk.spec.ts).
      BULK_ACTION_BATCH_SIZE: "2",
      BULK_ACTION_BATCH_MS: "2000",
      LOG_LEVEL: "info",
    });
    cleanups.push(() => stop(worker));
    const port = await freePort();
    const web = await startWeb(
      {
        ...shared,
        PORT: String(port),
        TIDEMARK_ADMIN_PASSWORD: adminPassword,
        NEXT_TELEMETRY_DISABLED: "1",
        // The web app fetches too (finding a site's feed when subscribing to it).
        TIDEMARK_FETCH_ALLOW_HOSTS: fixtures.hostPort,
        TIDEMARK_FETCH_HOST_MIN_GAP_MS: "0",
      },
      port,
    );
    cleanups.push(() => stop(web));

    // Read by playwright.config.ts and the tests (worker processes inherit this environment).
    process.env.E2E_BASE_URL = `http://127.0.0.1:${port}`;
    process.env.E2E_FIXTURE_ORIGIN = fixtures.origin;
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
