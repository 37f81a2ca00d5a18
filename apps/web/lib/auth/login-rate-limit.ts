// Failed logins are counted per username and client address in Redis (shared by every web
// process); past the limit, login is refused until the window expires.
import { queueEnv, waitForRedis } from "@tidemark/queue";
import { env } from "@/env";
import { webRedis } from "@/lib/server/queue";
import { sha256 } from "./secrets";

const WINDOW_SECONDS = 15 * 60;

function key(username: string, address: string): string {
  return `${queueEnv.REDIS_PREFIX}:login-failures:${sha256(`${username.toLowerCase()}|${address}`)}`;
}

/** Seconds to wait before another attempt is allowed, or 0. */
export async function loginBlockedFor(username: string, address: string): Promise<number> {
  const redis = webRedis();
  await waitForRedis(redis, 3_000);
  const failures = Number((await redis.get(key(username, address))) ?? 0);
  if (failures < env.TIDEMARK_LOGIN_ATTEMPTS) return 0;
  return Math.max(1, await redis.ttl(key(username, address)));
}

export async function recordLoginFailure(username: string, address: string): Promise<void> {
  const redis = webRedis();
  const k = key(username, address);
  const count = await redis.incr(k);
  if (count === 1) await redis.expire(k, WINDOW_SECONDS);
}

export async function clearLoginFailures(username: string, address: string): Promise<void> {
  await webRedis().del(key(username, address));
}
