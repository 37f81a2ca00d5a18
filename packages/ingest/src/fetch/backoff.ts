// Retry delays for the worker: exponential backoff with jitter so many jobs failing together do not
// come back in lockstep, and a server's Retry-After always wins over our own guess.

export interface RetryDelayOptions {
  /** 0 for the first retry, 1 for the second, ... */
  attempt: number;
  /** The failed fetch's suggestion (Retry-After, host politeness), if any. */
  retryAfterMs?: number | undefined;
  /** Delay before the first retry. Default 5 s. */
  baseMs?: number;
  /** Cap on the exponential part. Default 1 h. A larger `retryAfterMs` is still honoured. */
  maxMs?: number;
  /** Injectable for tests; must return a number in [0, 1). */
  random?: () => number;
}

export function retryDelayMs(options: RetryDelayOptions): number {
  const { attempt, retryAfterMs, baseMs = 5_000, maxMs = 60 * 60 * 1000, random = Math.random } = options;
  // "Equal jitter": at least half the exponential step, so retries always back off, plus a random
  // other half that spreads them out.
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.floor(attempt)));
  const jittered = exponential / 2 + random() * (exponential / 2);
  if (retryAfterMs === undefined) return Math.round(jittered);
  // The server asked for at least this long; add up to 10% (max 30 s) so clients do not stampede
  // back at the exact second it named.
  return Math.round(retryAfterMs + random() * Math.min(retryAfterMs * 0.1, 30_000));
}
