// One HTTP GET, start to finish, shared by page fetches and robots.txt: take a politeness slot,
// run the request under a total deadline, let the caller consume the response while the slot is
// still held, then always free the slot and the socket. Redirects are the caller's job, so every
// hop gets its own checks.
import { type Dispatcher, request } from "undici";
import { classifyFetchError } from "./classify-error.ts";
import type { HostPoliteness } from "./politeness.ts";

/** Unread bodies larger than this are cut off instead of drained. */
const DISCARD_LIMIT_BYTES = 64 * 1024;

export interface ExchangeContext {
  agent: Dispatcher;
  politeness: HostPoliteness;
  totalTimeoutMs: number;
  /** Reports problems that must not fail the fetch (e.g. a lease that could not be freed). */
  onWarning: (message: string, error: unknown) => void;
}

export interface ExchangeRequest {
  url: URL;
  headers: Record<string, string>;
  /** Per-host gap to apply (Crawl-delay); the configured minimum applies regardless. */
  gapMs?: number;
  signal?: AbortSignal;
  /** Adds the time spent waiting for the politeness slot here (per-stage timings). */
  timing?: { waitMs: number };
}

export type ExchangeResponse = Dispatcher.ResponseData;

export async function httpExchange<T>(
  context: ExchangeContext,
  input: ExchangeRequest,
  consume: (response: ExchangeResponse) => Promise<T>,
): Promise<T> {
  const { url, signal } = input;
  const waitStarted = performance.now();
  const lease = await context.politeness.acquire(url.hostname, { gapMs: input.gapMs, signal });
  if (input.timing) input.timing.waitMs += performance.now() - waitStarted;
  // The deadline starts once we hold the slot: time spent queueing for the host is not the
  // server's fault and is bounded separately (maxWaitMs).
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new Error("total fetch deadline exceeded")),
    context.totalTimeoutMs,
  );
  const combined = signal ? AbortSignal.any([deadline.signal, signal]) : deadline.signal;
  let response: ExchangeResponse | undefined;
  try {
    response = await request(url, {
      dispatcher: context.agent,
      method: "GET",
      headers: input.headers,
      signal: combined,
    });
    return await consume(response);
  } catch (error) {
    throw classifyFetchError(error, {
      url: url.href,
      deadlineExceeded: deadline.signal.aborted,
      totalTimeoutMs: context.totalTimeoutMs,
      callerAborted: signal?.aborted ?? false,
    });
  } finally {
    clearTimeout(timer);
    // A body nobody read (redirects, errors, refused content types) must not pin the socket.
    // dump() drains a little (so small bodies keep the connection reusable) and destroys the
    // stream past the limit; it handles the stream's errors itself. Not awaited: a slow server
    // must not hold the host slot, and the drain is bounded by the body idle timeout.
    if (response && !response.body.readableEnded) {
      response.body.dump({ limit: DISCARD_LIMIT_BYTES }).catch((error: unknown) => {
        context.onWarning(`Could not discard the response body from ${url.hostname}.`, error);
      });
    }
    await lease.release().catch((error: unknown) => {
      context.onWarning(
        `Could not free the politeness slot for ${url.hostname}; it will expire on its own.`,
        error,
      );
    });
  }
}
