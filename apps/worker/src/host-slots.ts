// Turns for a busy site. When a job finds its host in the politeness gap, it reserves the next
// free start time for that host (shared by every worker through Redis) and is parked in BullMQ's
// delayed set until then. Parked jobs come back one gap apart, so a 100,000-URL backlog on one
// site waits in Redis instead of cycling through the workers' slots, and jobs for other sites
// keep flowing. Time comes from Redis, so clock skew between machines does not matter.
import type { Redis } from "ioredis";

// KEYS: the host's next free start (ms). ARGV: earliest start from now (ms), gap (ms).
// Returns the reserved start as milliseconds from now.
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local earliest = now + tonumber(ARGV[1])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(earliest, nextFree)
local gap = tonumber(ARGV[2])
redis.call('SET', KEYS[1], slot + gap, 'PX', slot + gap - now + 60000)
return slot - now
`;

// KEYS: the host's next free start (ms). Returns how long until then (0 when free).
const PEEK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
return math.max(0, nextFree - now)
`;

export interface HostSlots {
  /** Milliseconds until `host`'s next free turn: 0 unless other jobs are already parked for it. */
  queuedFor(host: string): Promise<number>;
  /** Milliseconds until this job's turn on `host`: at least `minWaitMs`, one `gapMs` after the last turn given. */
  reserve(host: string, minWaitMs: number, gapMs: number): Promise<number>;
}

export function createHostSlots(redis: Redis, keyPrefix: string): HostSlots {
  // {host} is the same Redis Cluster hash tag the politeness keys use.
  const keyFor = (host: string) => `${keyPrefix}:host:{${host.toLowerCase().replace(/\.$/, "")}}:next-turn`;
  return {
    async queuedFor(host) {
      return Number(await redis.eval(PEEK, 1, keyFor(host)));
    },
    async reserve(host, minWaitMs, gapMs) {
      const key = keyFor(host);
      const reply = await redis.eval(
        RESERVE,
        1,
        key,
        Math.max(0, Math.round(minWaitMs)),
        Math.max(1, Math.round(gapMs)),
      );
      return Number(reply);
    },
  };
}
