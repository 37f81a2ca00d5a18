// Shared hooks: an empty database before each test, connections closed after the file.
import { prisma } from "@tidemark/db";
import type { Producer } from "@tidemark/queue";
import { truncateAllTables } from "@tidemark/testing";
import type { Redis } from "ioredis";
import { afterAll, beforeEach } from "vitest";

export function cleanDatabaseEachTest(): void {
  beforeEach(async () => {
    await truncateAllTables(prisma);
  });
  afterAll(async () => {
    // The app parks its producer and Redis connection on globalThis (created on first use);
    // close them if this file used them, and clear them so a later file gets fresh ones.
    // The login limiters hold that Redis connection: clear them too, so they are made afresh.
    const parked = globalThis as {
      tidemarkProducer?: Producer;
      tidemarkRedis?: Redis;
      tidemarkLoginLimiters?: unknown;
    };
    await parked.tidemarkProducer?.close();
    if (parked.tidemarkRedis?.status === "ready") await parked.tidemarkRedis.quit();
    else parked.tidemarkRedis?.disconnect();
    parked.tidemarkProducer = undefined;
    parked.tidemarkRedis = undefined;
    parked.tidemarkLoginLimiters = undefined;
    await prisma.$disconnect();
  });
}
