// Redis connections. Producers (the web app, the CLI) and workers get separate connections
// because they need different failure behaviour:
//  - a producer should fail fast when Redis is down, so an HTTP request gets a clear error
//    instead of hanging (the article row is already in Postgres; the reconciler enqueues it later);
//  - a worker's blocking connection must retry forever (BullMQ requires maxRetriesPerRequest: null).
import { logger } from "@tidemark/logger";
import { Redis, type RedisOptions } from "ioredis";
import { env } from "./env.ts";

export type ConnectionRole = "producer" | "worker";

const ROLE_OPTIONS: Record<ConnectionRole, RedisOptions> = {
  producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 },
  worker: { maxRetriesPerRequest: null, enableReadyCheck: false },
};

/** Called with connection errors; by default a warning at most every 30 s per connection. */
export type ConnectionErrorHandler = (error: Error) => void;

export function createRedisConnection(
  role: ConnectionRole,
  url: string = env.REDIS_URL,
  onError: ConnectionErrorHandler = throttledWarning(role, url),
): Redis {
  const connection = new Redis(url, { ...ROLE_OPTIONS[role], connectionName: `tidemark-${role}` });
  // ioredis emits 'error' on every failed reconnect; commands still reject on their own, so this
  // listener only reports the outage instead of letting Node treat the event as unhandled.
  connection.on("error", onError);
  return connection;
}

function throttledWarning(role: ConnectionRole, url: string): ConnectionErrorHandler {
  let lastAt = 0;
  return (error) => {
    const now = Date.now();
    if (now - lastAt < 30_000) return;
    lastAt = now;
    logger.warn({ role, redis: redactRedisUrl(url), err: error.message }, "Redis connection problem");
  };
}

/** Resolves once the connection is ready, or rejects with a readable error after `timeoutMs`. */
export async function waitForRedis(connection: Redis, timeoutMs = 5_000): Promise<void> {
  if (connection.status === "ready") return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      const { host, port } = connection.options;
      reject(new Error(`Redis at ${host}:${port} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      connection.off("ready", onReady);
    };
    connection.on("ready", onReady);
  });
}

export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}
