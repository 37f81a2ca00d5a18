import { Redis } from "ioredis";

/** Deletes every key under `prefix:` (BullMQ's layout), leaving other installs' keys alone. */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    await redis.quit();
  }
  return deleted;
}

/**
 * Empties the Redis prefix of the package under test. The vitest preset sets REDIS_URL and
 * REDIS_PREFIX per package (see test-targets.js), so tests never touch a real install's keys.
 */
export function resetTestRedis(): Promise<number> {
  const url = process.env.REDIS_URL;
  const prefix = process.env.REDIS_PREFIX;
  if (!url || !prefix) throw new Error("REDIS_URL and REDIS_PREFIX are set by the tidemark vitest preset");
  return deleteRedisPrefix(url, prefix);
}
