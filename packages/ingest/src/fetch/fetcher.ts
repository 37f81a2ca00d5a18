// createFetcher(): one per worker process. Owns the undici Agent (and a Redis connection if the
// caller did not pass one); close() releases both.
import { logger } from "@tidemark/logger";
import { Redis } from "ioredis";
import { createFetchAgent } from "./agent.ts";
import { type FetcherConfig, resolveFetcherConfig } from "./config.ts";
import { FetchError } from "./errors.ts";
import { fetchPage } from "./fetch-page.ts";
import type { ExchangeContext } from "./http-exchange.ts";
import { HostPoliteness } from "./politeness.ts";
import { RobotsGate } from "./robots.ts";
import { HostAllowList } from "./ssrf/allow-list.ts";
import type { FetchedPage, FetchPageOptions } from "./types.ts";

export interface CreateFetcherOptions extends Partial<FetcherConfig> {
  /** Shared connection for politeness and robots caching; left open by close(). */
  redis?: Redis;
  /** Problems that do not fail a fetch (default: a warning in the shared log). */
  onWarning?: (message: string, error: unknown) => void;
}

export interface Fetcher {
  readonly config: Readonly<FetcherConfig>;
  /** Resolves with the page (or `notModified: true`); rejects only with FetchError. */
  fetchPage(url: string | URL, options?: FetchPageOptions): Promise<FetchedPage>;
  /** Closes the Agent's sockets, and the Redis connection if this fetcher opened it. */
  close(): Promise<void>;
}

/** Extra lease lifetime beyond the request deadline, covering clock jitter and cleanup. */
const LEASE_MARGIN_MS = 5_000;

export function createFetcher(options: CreateFetcherOptions = {}): Fetcher {
  const { redis: givenRedis, onWarning = defaultWarning, ...overrides } = options;
  const config = resolveFetcherConfig(overrides);
  const allowList = new HostAllowList(config.allowHosts);
  const ownsRedis = givenRedis === undefined;
  const redis = givenRedis ?? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
  const agent = createFetchAgent({
    allowList,
    connectTimeoutMs: config.connectTimeoutMs,
    headersTimeoutMs: config.headersTimeoutMs,
  });
  const politeness = new HostPoliteness({
    redis,
    keyPrefix: config.keyPrefix,
    concurrency: config.hostConcurrency,
    minGapMs: config.hostMinGapMs,
    maxWaitMs: config.hostMaxWaitMs,
    leaseTtlMs: config.totalTimeoutMs + LEASE_MARGIN_MS,
    maxGapMs: config.maxCrawlDelayMs,
  });
  const exchange: ExchangeContext = { agent, politeness, totalTimeoutMs: config.totalTimeoutMs, onWarning };
  const robots = config.respectRobots
    ? new RobotsGate({
        redis,
        keyPrefix: config.keyPrefix,
        ttlMs: config.robotsTtlMs,
        robotsToken: config.robotsToken,
        maxCrawlDelayMs: config.maxCrawlDelayMs,
        fetchContext: { exchange, allowList, userAgent: config.userAgent },
      })
    : null;
  let closed = false;

  return {
    config,
    fetchPage: (url, fetchOptions) => {
      if (closed) return Promise.reject(new FetchError("internal_error", "This fetcher has been closed."));
      return fetchPage({ config, exchange, allowList, robots }, url, fetchOptions);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await agent.close();
      if (ownsRedis) await redis.quit();
    },
  };
}

function defaultWarning(message: string, error: unknown): void {
  logger.warn({ err: error }, message);
}
