// Shared test setup: a real Redis connection, fetchers with small limits and a unique key prefix per
// test (so politeness and robots state never leak between tests), and typed error capture.
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, expect } from "vitest";
import { env } from "../../src/env.ts";
import { type CreateFetcherOptions, createFetcher, FetchError, type Fetcher } from "../../src/fetch/index.ts";

export const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
const open: Fetcher[] = [];
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((fetcher) => fetcher.close()));
  await Promise.all(closers.splice(0).map((close) => close()));
});

// Under the package's prefix, which the test run deletes before and after (@tidemark/testing). The
// connection stays open for the run: test files share one module graph and this one connection.
const TEST_PREFIX = `${env.REDIS_PREFIX}:fetch-test`;

/** Registers something (a fixture server) to close after the current test. */
export function closeAfterTest<T extends { close(): Promise<void> }>(resource: T): T {
  closers.push(() => resource.close());
  return resource;
}

export function uniquePrefix(): string {
  return `${TEST_PREFIX}:${randomUUID()}`;
}

/** A fetcher with test-sized limits; robots off unless asked, no gap, generous concurrency. */
export function testFetcher(options: CreateFetcherOptions = {}): Fetcher {
  const fetcher = createFetcher({
    redis,
    keyPrefix: uniquePrefix(),
    respectRobots: false,
    hostConcurrency: 8,
    hostMinGapMs: 0,
    hostMaxWaitMs: 5_000,
    connectTimeoutMs: 2_000,
    headersTimeoutMs: 2_000,
    totalTimeoutMs: 4_000,
    maxBytes: 1024 * 1024,
    maxRedirects: 5,
    onWarning: (message, error) => {
      throw new Error(`unexpected fetch warning: ${message}`, { cause: error });
    },
    ...options,
  });
  open.push(fetcher);
  return fetcher;
}

/** Awaits a promise that must reject with a FetchError, and returns that error. */
export async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, "expected the fetch to fail").toBeInstanceOf(FetchError);
  return error as FetchError;
}
