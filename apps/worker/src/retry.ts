// Retry timing for failed jobs: exponential backoff with full jitter, unless the server told us
// how long to wait (Retry-After), which we honour up to a cap.
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;
const MAX_RETRY_AFTER_MS = 6 * 3_600_000;

/** Thrown by handlers for retryable failures; carries the server's requested wait, if any. */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "RetryLaterError";
  }
}

/** BullMQ custom backoff: `attemptsMade` counts the failures so far (1 after the first). */
export function retryDelayMs(attemptsMade: number, error: Error | undefined, random = Math.random): number {
  if (error instanceof RetryLaterError && error.retryAfterMs !== undefined) {
    return Math.min(Math.max(error.retryAfterMs, 0), MAX_RETRY_AFTER_MS);
  }
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attemptsMade - 1));
  // Half fixed, half random: spreads retries of a batch that failed together.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
