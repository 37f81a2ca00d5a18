// The only place @tidemark/ingest reads process.env. Everything has a default so a fresh install
// works; tests pass explicit options to createFetcher() instead of setting variables here.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const nonNegativeInt = (fallback: number) => z.coerce.number().int().nonnegative().default(fallback);

export const env = createEnv({
  server: {
    REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
    /** Key prefix shared with @tidemark/queue; fetch keys live under `<prefix>:fetch:`. */
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
      .default("tidemark"),

    /** Sent as User-Agent; its product token (before "/") is matched against robots.txt groups. */
    TIDEMARK_USER_AGENT: z.string().min(1).default("TidemarkBot/0.1 (+https://github.com/tidemark)"),
    TIDEMARK_FETCH_CONNECT_TIMEOUT_MS: positiveInt(10_000),
    /** Time allowed for the response headers to arrive, and the longest silence between body chunks. */
    TIDEMARK_FETCH_HEADERS_TIMEOUT_MS: positiveInt(15_000),
    /** Deadline for one HTTP exchange (connect + headers + whole body), so slow drips end. */
    TIDEMARK_FETCH_TOTAL_TIMEOUT_MS: positiveInt(30_000),
    /** Cap on decompressed body bytes. */
    TIDEMARK_FETCH_MAX_BYTES: positiveInt(10 * 1024 * 1024),
    TIDEMARK_FETCH_MAX_REDIRECTS: nonNegativeInt(5),
    /** Requests in flight per host, across every worker process sharing this Redis. */
    TIDEMARK_FETCH_HOST_CONCURRENCY: positiveInt(2),
    /** Minimum time between request starts per host; robots.txt Crawl-delay can raise it. */
    TIDEMARK_FETCH_HOST_MIN_GAP_MS: nonNegativeInt(1_000),
    /** How long a fetch waits for a host slot before failing with a retryable `host_busy`. */
    TIDEMARK_FETCH_HOST_MAX_WAIT_MS: nonNegativeInt(30_000),
    /** Upper bound on honoured Crawl-delay, so one robots.txt cannot stall a worker for hours. */
    TIDEMARK_FETCH_MAX_CRAWL_DELAY_MS: nonNegativeInt(30_000),
    /**
     * Comma-separated exact `host:port` pairs exempt from the SSRF address rules, e.g.
     * "127.0.0.1:8080,intranet.example:443". Empty (the default) means no exceptions.
     */
    TIDEMARK_FETCH_ALLOW_HOSTS: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry.length > 0),
      ),
    TIDEMARK_FETCH_RESPECT_ROBOTS: z.stringbool().default(true),
    /** How long a fetched robots.txt is shared through Redis. */
    TIDEMARK_FETCH_ROBOTS_TTL_MS: positiveInt(60 * 60 * 1000),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});
