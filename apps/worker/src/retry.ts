// Retry timing for failed jobs: the fetcher's exponential backoff with jitter, which honours a
// server's Retry-After when one came with the failure.
import { retryDelayMs } from "@tidemark/ingest/fetch";
import { env } from "./env.ts";

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
export function jobRetryDelayMs(attemptsMade: number, error: Error | undefined): number {
  const retryAfterMs = error instanceof RetryLaterError ? error.retryAfterMs : undefined;
  return retryDelayMs({
    attempt: Math.max(0, attemptsMade - 1),
    baseMs: env.WORKER_RETRY_BASE_MS,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
