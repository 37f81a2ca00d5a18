// Login attempts are limited twice, atomically in Redis (shared by every web process):
// - per username + client address: a few consecutive failures, then that pair waits;
// - per client address: a larger budget across all usernames, then the address waits.
// A point is taken *before* the password is checked, so parallel guesses cannot slip past the
// limit; a successful login gives its points back. Another address is never affected, so a
// flood of wrong passwords cannot lock the real user out.
import { queueEnv, waitForRedis } from "@tidemark/queue";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/env";
import { ApiError } from "@/lib/api/errors";
import { webRedis } from "@/lib/server/queue";
import { sha256 } from "./secrets";

const USER_WINDOW_SECONDS = 15 * 60;
const ADDRESS_WINDOW_SECONDS = 60 * 60;

interface Limiters {
  userAndAddress: RateLimiterRedis;
  address: RateLimiterRedis;
}

const parked = globalThis as { tidemarkLoginLimiters?: Limiters };

function limiters(): Limiters {
  parked.tidemarkLoginLimiters ??= {
    userAndAddress: new RateLimiterRedis({
      storeClient: webRedis(),
      keyPrefix: `${queueEnv.REDIS_PREFIX}:login:user-address`,
      points: env.TIDEMARK_LOGIN_ATTEMPTS,
      duration: USER_WINDOW_SECONDS,
      blockDuration: USER_WINDOW_SECONDS,
    }),
    address: new RateLimiterRedis({
      storeClient: webRedis(),
      keyPrefix: `${queueEnv.REDIS_PREFIX}:login:address`,
      points: env.TIDEMARK_LOGIN_ATTEMPTS_PER_ADDRESS,
      duration: ADDRESS_WINDOW_SECONDS,
      blockDuration: ADDRESS_WINDOW_SECONDS,
    }),
  };
  return parked.tidemarkLoginLimiters;
}

function userKey(username: string, address: string): string {
  return sha256(`${username.toLowerCase()}|${address}`);
}

function tooMany(msBeforeNext: number): ApiError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new ApiError(
    429,
    "too_many_attempts",
    `Too many failed logins from this address. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
    undefined,
    { "retry-after": String(seconds) },
  );
}

/** Takes one attempt from both budgets, or throws a 429 ApiError when either is used up. */
export async function takeLoginAttempt(username: string, address: string): Promise<void> {
  await waitForRedis(webRedis(), 3_000);
  const { userAndAddress, address: perAddress } = limiters();
  try {
    await perAddress.consume(address);
    await userAndAddress.consume(userKey(username, address));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
    throw error;
  }
}

/** After a successful login: the pair starts afresh and the address gets its point back. */
export async function loginSucceeded(username: string, address: string): Promise<void> {
  const { userAndAddress, address: perAddress } = limiters();
  await userAndAddress.delete(userKey(username, address));
  await perAddress.reward(address);
}
