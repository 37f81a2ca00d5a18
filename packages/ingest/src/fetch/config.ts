// Fetcher settings: env.ts supplies the defaults, createFetcher() callers (and tests) override any
// of them explicitly, so nothing here reads process.env directly.
import { env } from "../env.ts";

export interface FetcherConfig {
  userAgent: string;
  /** Token matched against robots.txt User-agent lines; defaults to userAgent's product token. */
  robotsToken: string;
  connectTimeoutMs: number;
  /** Headers must arrive within this; also the longest silence allowed between body chunks. */
  headersTimeoutMs: number;
  /** Deadline for one HTTP exchange (connect + headers + body). Redirect hops each get their own. */
  totalTimeoutMs: number;
  /** Cap on decompressed body bytes. */
  maxBytes: number;
  maxRedirects: number;
  hostConcurrency: number;
  hostMinGapMs: number;
  hostMaxWaitMs: number;
  maxCrawlDelayMs: number;
  /** Exact "host:port" exceptions to the SSRF address rules. */
  allowHosts: readonly string[];
  respectRobots: boolean;
  robotsTtlMs: number;
  /** Redis key prefix for politeness and robots keys, e.g. "tidemark:fetch". */
  keyPrefix: string;
  redisUrl: string;
}

export function resolveFetcherConfig(overrides: Partial<FetcherConfig> = {}): FetcherConfig {
  const userAgent = overrides.userAgent ?? env.TIDEMARK_USER_AGENT;
  return {
    userAgent,
    robotsToken: overrides.robotsToken ?? productToken(userAgent),
    connectTimeoutMs: overrides.connectTimeoutMs ?? env.TIDEMARK_FETCH_CONNECT_TIMEOUT_MS,
    headersTimeoutMs: overrides.headersTimeoutMs ?? env.TIDEMARK_FETCH_HEADERS_TIMEOUT_MS,
    totalTimeoutMs: overrides.totalTimeoutMs ?? env.TIDEMARK_FETCH_TOTAL_TIMEOUT_MS,
    maxBytes: overrides.maxBytes ?? env.TIDEMARK_FETCH_MAX_BYTES,
    maxRedirects: overrides.maxRedirects ?? env.TIDEMARK_FETCH_MAX_REDIRECTS,
    hostConcurrency: overrides.hostConcurrency ?? env.TIDEMARK_FETCH_HOST_CONCURRENCY,
    hostMinGapMs: overrides.hostMinGapMs ?? env.TIDEMARK_FETCH_HOST_MIN_GAP_MS,
    hostMaxWaitMs: overrides.hostMaxWaitMs ?? env.TIDEMARK_FETCH_HOST_MAX_WAIT_MS,
    maxCrawlDelayMs: overrides.maxCrawlDelayMs ?? env.TIDEMARK_FETCH_MAX_CRAWL_DELAY_MS,
    allowHosts: overrides.allowHosts ?? env.TIDEMARK_FETCH_ALLOW_HOSTS,
    respectRobots: overrides.respectRobots ?? env.TIDEMARK_FETCH_RESPECT_ROBOTS,
    robotsTtlMs: overrides.robotsTtlMs ?? env.TIDEMARK_FETCH_ROBOTS_TTL_MS,
    keyPrefix: overrides.keyPrefix ?? `${env.REDIS_PREFIX}:fetch`,
    redisUrl: overrides.redisUrl ?? env.REDIS_URL,
  };
}

/** "TidemarkBot/0.1 (+https://...)" → "TidemarkBot". */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/, 1)[0] || userAgent;
}
