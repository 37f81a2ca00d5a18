// A HandlerContext for calling job handlers in-process, against the test Postgres and Redis.
import { prisma } from "@tidemark/db";
import { childLogger } from "@tidemark/logger";
import { createWorkerMetrics, MinuteTotals } from "@tidemark/metrics";
import { createRedisConnection, type Producer } from "@tidemark/queue";
import type { HandlerContext } from "../../src/handlers/context.ts";
import { createHostSlots } from "../../src/host-slots.ts";
import { createDocumentFetcher } from "../../src/pipeline/fetch-document.ts";

export function handlerContext(producer: Producer): HandlerContext & { close(): Promise<void> } {
  const redis = createRedisConnection("producer");
  const fetcher = createDocumentFetcher(redis);
  return {
    db: prisma,
    producer,
    logger: childLogger({ test: "handler-context" }),
    fetchDocument: fetcher.fetchDocument,
    fetcher: fetcher.fetcher,
    minArticleWords: 5,
    hostSlots: createHostSlots(redis, fetcher.fetcher.config.keyPrefix),
    hostGapMs: fetcher.fetcher.config.hostMinGapMs,
    hostWaitMs: 1_500,
    metrics: createWorkerMetrics("test"),
    minutes: new MinuteTotals(),
    async close() {
      await fetcher.close();
      // A connection that never got to connect has nothing to flush.
      if (redis.status === "ready") await redis.quit();
      else redis.disconnect();
    },
  };
}
