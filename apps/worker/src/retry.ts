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

/**
 * Thrown when an article's host is in its politeness gap. The processor reserves the host's next
 * turn (see host-slots.ts) and moves the job to the delayed set until then: no attempt used, no
 * slot held, and a backlog on one site waits in Redis while other sites flow.
 */
export class HostBusyDelay extends Error {
  constructor(
    readonly host: string,
    /** The host's own answer: how long until its gap ends (or a slot frees). */
    readonly waitMs: number,
  ) {
    super(`The site ${host} is busy with other fetches; waiting for its turn.`);
    this.name = "HostBusyDelay";
  }
}
