// Per-host politeness shared by every worker process on every machine: at most `concurrency`
// requests in flight to one host, and at least `gapMs` between request starts. State lives in
// Redis and changes only inside Lua scripts, so check-and-take is atomic. Time comes from Redis
// (TIME), so clock skew between machines cannot shrink the gap.
//
// A slot is a lease in a sorted set scored by its expiry: if a process dies mid-request, its lease
// simply expires (after the request's own deadline plus a margin) instead of blocking the host.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { FetchError } from "./errors.ts";
import { LuaScript } from "./lua-script.ts";

// KEYS: leases (zset member=lease id, score=expiry ms), last start (ms)
// ARGV: lease id, concurrency, gap ms, lease ttl ms, how long to remember the last start
// Returns {1, 0, 0} when the lease was taken, else {0, wait ms, 1 if waiting for the gap else 0}.
const ACQUIRE = new LuaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit, gap, ttl, keep = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local earliest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, math.max(1, tonumber(earliest[2]) - now), 0}
end
local last = tonumber(redis.call('GET', KEYS[2]) or '-1')
if last >= 0 and now < last + gap then
  return {0, last + gap - now, 1}
end
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('SET', KEYS[2], now, 'PX', keep)
return {1, 0, 0}
`);

/** How often a waiter re-checks a host whose slots are all taken. */
const FULL_POLL_MS = 100;

export interface HostPolitenessOptions {
  redis: Redis;
  /** e.g. "tidemark:fetch"; keys become `<prefix>:host:{<host>}:...`. */
  keyPrefix: string;
  concurrency: number;
  minGapMs: number;
  maxWaitMs: number;
  /** Must outlast one HTTP exchange; a dead process's slot frees itself after this. */
  leaseTtlMs: number;
  /** Longest gap any caller may ask for (min gap or capped Crawl-delay). */
  maxGapMs: number;
}

export interface HostLease {
  readonly host: string;
  /** Frees the slot. Safe to call more than once. */
  release(): Promise<void>;
}

export class HostPoliteness {
  readonly #options: HostPolitenessOptions;

  constructor(options: HostPolitenessOptions) {
    this.#options = options;
  }

  /**
   * Waits (up to maxWaitMs) for a slot on `host`. `gapMs` overrides the configured minimum gap when
   * larger (robots.txt Crawl-delay). Throws a retryable `host_busy` FetchError on timeout.
   */
  async acquire(host: string, options: { gapMs?: number; signal?: AbortSignal } = {}): Promise<HostLease> {
    const { concurrency, minGapMs, maxWaitMs, leaseTtlMs, maxGapMs } = this.#options;
    const gapMs = Math.min(Math.max(minGapMs, options.gapMs ?? 0), Math.max(minGapMs, maxGapMs));
    const keys = this.keysFor(host);
    const leaseId = randomUUID();
    // Remember the last start as long as the longest gap anyone may apply, so a caller that knows
    // a larger Crawl-delay still sees a start made by one that did not.
    const keepMs = Math.max(gapMs, maxGapMs) + 1;
    const giveUpAt = Date.now() + maxWaitMs;
    for (;;) {
      const [taken, waitMs, forGap] = await this.#tryAcquire(keys, [
        leaseId,
        concurrency,
        gapMs,
        leaseTtlMs,
        keepMs,
      ]);
      if (taken) return this.#lease(host, keys.leases, leaseId);
      const remaining = giveUpAt - Date.now();
      if (remaining <= 0) {
        throw new FetchError(
          "host_busy",
          `The site ${host} is busy with other fetches; trying again later.`,
          {
            retryAfterMs: Math.max(waitMs, gapMs, 1_000),
          },
        );
      }
      // Gap waits are exact; "all slots taken" waits poll, as a slot may free before its lease ends.
      const pause =
        Math.min(remaining, forGap ? waitMs : Math.min(waitMs, FULL_POLL_MS)) +
        Math.floor(Math.random() * 20);
      await this.#sleep(pause, options.signal);
    }
  }

  keysFor(host: string): { leases: string; lastStart: string } {
    // {host} is a Redis Cluster hash tag: both keys of one host live in the same slot.
    const base = `${this.#options.keyPrefix}:host:{${host.toLowerCase().replace(/\.$/, "")}}`;
    return { leases: `${base}:leases`, lastStart: `${base}:last-start` };
  }

  async #tryAcquire(
    keys: { leases: string; lastStart: string },
    args: (string | number)[],
  ): Promise<[taken: boolean, waitMs: number, forGap: boolean]> {
    let reply: unknown;
    try {
      reply = await ACQUIRE.run(this.#options.redis, [keys.leases, keys.lastStart], args);
    } catch (error) {
      throw new FetchError(
        "redis_unavailable",
        "Redis is unavailable, so the fetch could not be scheduled politely.",
        {
          cause: error,
        },
      );
    }
    if (!Array.isArray(reply) || reply.length !== 3) {
      throw new FetchError("internal_error", "The politeness script returned an unexpected reply.");
    }
    return [Number(reply[0]) === 1, Number(reply[1]), Number(reply[2]) === 1];
  }

  #lease(host: string, leasesKey: string, leaseId: string): HostLease {
    const redis = this.#options.redis;
    let released: Promise<void> | undefined;
    return {
      host,
      release: () => {
        released ??= redis.zrem(leasesKey, leaseId).then(() => undefined);
        return released;
      },
    };
  }

  async #sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await sleep(ms, undefined, { signal });
    } catch (error) {
      throw new FetchError("aborted", "The fetch was cancelled.", { cause: error });
    }
  }
}
