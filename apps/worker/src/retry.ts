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
 * Thrown when an article's host is in its politeness gap. The processor moves the job to the
 * delayed set (no attempt used, no slot held), backing off further each time the same job finds
 * the host busy, so a 100k-URL backlog on one site waits in Redis while other sites flow.
 */
export class HostBusyDelay extends Error {
  constructor(
    readonly waitMs: number,
    readonly previousWaits: number,
  ) {
    super("The site is busy with other fetches; waiting for its politeness gap.");
    this.name = "HostBusyDelay";
  }

  /** How long to park the job: the host's own wait, doubled per earlier wait, with jitter. */
  delayMs(random = Math.random): number {
    const base = Math.max(this.waitMs, 250) * 2 ** Math.min(this.previousWaits, 8);
    return Math.round(Math.min(base, HOST_WAIT_CAP_MS) * (0.5 + random()));
  }
}

const HOST_WAIT_CAP_MS = 5 * 60_000;
