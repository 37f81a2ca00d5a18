// The worker process: check the services, start one BullMQ worker per queue, catch up on work
// Redis may have lost, and shut down gracefully on SIGTERM/SIGINT. Run as many of these as you
// like, on as many machines as you like, against the same Postgres and Redis.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { prisma } from "@tidemark/db";
import { createWorkerMetrics, MinuteTotals, recordMinutes, startPublishing } from "@tidemark/metrics";
import { createRedisConnection, Producer, QUEUES, queueEnv, waitForRedis } from "@tidemark/queue";
import { reconcileSchedulers } from "@tidemark/schedules";
import { readQuotesBackfill, startQuotesBackfill } from "@tidemark/voices";
import { IngestConcurrency } from "./concurrency-control.ts";
import { env } from "./env.ts";
import { reconcile } from "./handlers/reconcile.ts";
import { createHostSlots } from "./host-slots.ts";
import { logger } from "./logger.ts";
import { createDocumentFetcher } from "./pipeline/fetch-document.ts";
import { createShutdown, onSignals } from "./shutdown.ts";
import { setReconcileTimer, watchTimers } from "./timers.ts";
import { startWorkers } from "./workers.ts";

async function main(): Promise<void> {
  await prisma.$queryRaw`SELECT 1`.catch((error: unknown) => {
    throw new Error(`Postgres is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  });
  const producerConnection = createRedisConnection("producer");
  const workerConnection = createRedisConnection("worker");
  await waitForRedis(producerConnection, 10_000);

  const producer = new Producer({ connection: producerConnection });
  const workerId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const metrics = createWorkerMetrics(workerId);
  const minutes = new MinuteTotals();
  const fetcher = createDocumentFetcher(producerConnection, { hostMaxWaitMs: env.WORKER_HOST_WAIT_MS });
  const ctx = {
    db: prisma,
    producer,
    logger,
    fetchDocument: fetcher.fetchDocument,
    fetcher: fetcher.fetcher,
    minArticleWords: env.TIDEMARK_MIN_ARTICLE_WORDS,
    hostSlots: createHostSlots(producerConnection, fetcher.fetcher.config.keyPrefix),
    hostGapMs: fetcher.fetcher.config.hostMinGapMs,
    hostWaitMs: env.WORKER_HOST_WAIT_MS,
    bulkBatchSize: env.BULK_ACTION_BATCH_SIZE,
    bulkBatchMs: env.BULK_ACTION_BATCH_MS,
    metrics,
    minutes,
  };
  // A maximum at or below the starting number means a fixed concurrency.
  const adaptive = env.WORKER_INGEST_CONCURRENCY_MAX > env.WORKER_INGEST_CONCURRENCY;
  const ingestConcurrency = new IngestConcurrency(
    adaptive
      ? { min: Math.min(2, env.WORKER_INGEST_CONCURRENCY), max: env.WORKER_INGEST_CONCURRENCY_MAX }
      : { min: env.WORKER_INGEST_CONCURRENCY, max: env.WORKER_INGEST_CONCURRENCY },
    env.WORKER_INGEST_CONCURRENCY,
    metrics,
    logger,
  );
  const workers = startWorkers(ctx, {
    connection: workerConnection,
    prefix: queueEnv.REDIS_PREFIX,
    concurrency: {
      [QUEUES.ingest]: env.WORKER_INGEST_CONCURRENCY,
      [QUEUES.themes]: env.WORKER_THEMES_CONCURRENCY,
      [QUEUES.maintenance]: env.WORKER_MAINTENANCE_CONCURRENCY,
    },
    lockDurationMs: env.WORKER_LOCK_DURATION_MS,
    ingestConcurrency,
  });
  // Metrics: the registry through Redis every 5 s (for /api/metrics), the per-minute totals to
  // Postgres once a minute (for the Health page's history). Failures are logged; counts that could
  // not be written are kept for the next flush.
  const publishing = startPublishing(
    producerConnection,
    queueEnv.REDIS_PREFIX,
    workerId,
    metrics.registry,
    (error) => logger.warn({ err: error }, "could not publish metrics to Redis"),
  );
  const flushMinutes = async (all: boolean) => {
    const rows = minutes.take(all);
    try {
      await recordMinutes(prisma, rows);
    } catch (error) {
      minutes.restore(rows);
      logger.warn({ err: error }, "could not record ingest minutes; kept for the next flush");
    }
  };
  const minuteTimer = setInterval(() => void flushMinutes(false), 60_000);
  minuteTimer.unref();

  const timerSettings = { everyMs: env.RECONCILE_EVERY_MS, staleAfterMs: env.RECONCILE_STALE_AFTER_MS };
  let timerWatch: { stop(): Promise<void> } | undefined;
  const shutdown = createShutdown(
    {
      closeWorkers: async (force) => {
        await timerWatch?.stop();
        ingestConcurrency.stop();
        await Promise.all(workers.map((worker) => worker.close(force)));
        clearInterval(minuteTimer);
        await flushMinutes(true);
        await publishing.stop();
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

  // Catch up now on anything Redis lost while no worker ran; then the reconcile timer (one entry,
  // however many workers set it) keeps checking, and each process watches that the timers exist.
  const startup = await reconcile({ staleAfterMs: 0 }, ctx);
  logger.info(startup, "startup reconcile");
  // First start of a release with quotes: extract them for the articles already stored.
  if ((await readQuotesBackfill(prisma)) === null)
    logger.info(await startQuotesBackfill(prisma, producer), "quotes backfill started for existing articles");
  // Schedules live in Postgres; make their BullMQ timers match (after a Redis flush there are none).
  logger.info(await reconcileSchedulers(prisma, producer), "schedules synced");
  await setReconcileTimer(producer, timerSettings);
  timerWatch = watchTimers({ db: prisma, producer, logger }, timerSettings);
  logger.info(
    {
      ingest: env.WORKER_INGEST_CONCURRENCY,
      ingestMax: adaptive ? env.WORKER_INGEST_CONCURRENCY_MAX : env.WORKER_INGEST_CONCURRENCY,
      worker: workerId,
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
