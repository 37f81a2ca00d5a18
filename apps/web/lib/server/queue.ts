// One producer (and one Redis connection) per web server process, reused across requests and
// across dev-mode module reloads.
import { createRedisConnection, Producer } from "@tidemark/queue";
import type { Redis } from "ioredis";

const globalForQueue = globalThis as unknown as { tidemarkProducer?: Producer; tidemarkRedis?: Redis };

export function webRedis(): Redis {
  globalForQueue.tidemarkRedis ??= createRedisConnection("producer");
  return globalForQueue.tidemarkRedis;
}

export function webProducer(): Producer {
  globalForQueue.tidemarkProducer ??= new Producer({ connection: webRedis() });
  return globalForQueue.tidemarkProducer;
}
