// The worker process: check the services, start one BullMQ worker per queue, catch up on work
// Redis may have lost, and shut down gracefully on SIGTERM/SIGINT. Run as many of these as you
// like, on as many machines as you like, against the same Postgres and Redis.
import { prisma } from "@tidemark/db";
import { createRedisConnection, Producer, QUEUES, queueEnv, waitForRedis } from "@tidemark/queue";
import { syncAllSchedulers } from "@tidemark/schedules";
import { env } from "./env.ts";
import { reconcile } from "./handlers/reconcile.ts";
import { logger } from "./logger.ts";
import { createDocumentFetcher } from "./pipeline/fetch-document.ts";
import { createShutdown, onSignals } from "./shutdown.ts";
import { startWorkers } from "./workers.ts";

async function main(): Promise<void> {
  await prisma.$queryRaw`SELECT 1`.catch((error: unknown) => {
    throw new Error(`Postgres is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  });
  const producerConnection = createRedisConnection("producer");
  const workerConnection = createRedisConnection("worker");
  await waitForRedis(producerConnection, 10_000);

  const producer = new Producer({ connection: producerConnection });
  const fetcher = createDocumentFetcher(producerConnection);
  const ctx = {
    db: prisma,
    producer,
    logger,
    fetchDocument: fetcher.fetchDocument,
    fetcher: fetcher.fetcher,
    minArticleWords: env.TIDEMARK_MIN_ARTICLE_WORDS,
  };
  const workers = startWorkers(ctx, {
    connection: workerConnection,
    prefix: queueEnv.REDIS_PREFIX,
    concurrency: {
      [QUEUES.ingest]: env.WORKER_INGEST_CONCURRENCY,
      [QUEUES.themes]: env.WORKER_THEMES_CONCURRENCY,
      [QUEUES.maintenance]: env.WORKER_MAINTENANCE_CONCURRENCY,
    },
    lockDurationMs: env.WORKER_LOCK_DURATION_MS,
  });

  const shutdown = createShutdown(
    {
      closeWorkers: async (force) => {
        await Promise.all(workers.map((worker) => worker.close(force)));
      },
      closeQueues: () => producer.close(),
      closeConnections: async () => {
        await fetcher.close();
        await Promise.all([producerConnection.quit(), workerConnection.quit()]);
        await prisma.$disconnect();
      },
    },
    logger,
    env.SHUTDOWN_GRACE_MS,
  );
  onSignals(shutdown, logger);

  // Catch up now on anything Redis lost while no worker ran, then keep checking on a schedule
  // that all worker processes share (one scheduler entry, however many workers upsert it).
  const startup = await reconcile({ staleAfterMs: 0 }, ctx);
  logger.info(startup, "startup reconcile");
  // Schedules live in Postgres; rebuild their BullMQ timers (after a Redis flush there are none).
  logger.info(await syncAllSchedulers(prisma, producer), "schedules synced");
  await producer
    .queue(QUEUES.maintenance)
    .upsertJobScheduler(
      "reconcile-periodic",
      { every: env.RECONCILE_EVERY_MS },
      { name: "reconcile", data: { staleAfterMs: env.RECONCILE_STALE_AFTER_MS } },
    );
  logger.info(
    {
      ingest: env.WORKER_INGEST_CONCURRENCY,
      themes: env.WORKER_THEMES_CONCURRENCY,
      prefix: queueEnv.REDIS_PREFIX,
    },
    "worker ready",
  );
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
