// Downloads one origin's robots.txt and turns the outcome into a cacheable verdict, following
// RFC 9309 §2.3.1:
//   2xx            → rules (first 512 KiB, as the RFC allows parsers to stop there)
//   3xx            → followed up to 5 hops, each SSRF-checked; more than that → allow all
//   4xx (not 429)  → "unavailable": allow all, like Google and the RFC
//   429, 5xx, network/timeout failures → "unreachable": the RFC says assume full disallow, so the
//                    page fetch fails with a *retryable* robots_unavailable and is tried later
import { readLimitedBody } from "./body-limit.ts";
import { FetchError, isRetryableStatus } from "./errors.ts";
import { type ExchangeContext, httpExchange } from "./http-exchange.ts";
import { isRedirectStatus, redirectTarget } from "./redirect.ts";
import { parseRetryAfter } from "./retry-after.ts";
import type { HostAllowList } from "./ssrf/allow-list.ts";
import { assertFetchableUrl } from "./ssrf/url-policy.ts";

export type RobotsVerdict =
  | { kind: "rules"; body: string }
  | { kind: "allow-all"; reason: string }
  | { kind: "unreachable"; reason: string; retryAfterMs: number };

const MAX_ROBOTS_BYTES = 512 * 1024;
const MAX_ROBOTS_REDIRECTS = 5;
/** How long to wait before asking an unreachable robots.txt again, unless the server says. */
export const UNREACHABLE_RETRY_MS = 60_000;

/** Failures that say nothing about the site's robots.txt (our queue, Redis, the caller, bugs). */
const ALWAYS_PROPAGATED: ReadonlySet<string> = new Set([
  "aborted",
  "host_busy",
  "redis_unavailable",
  "internal_error",
]);
/** Failures of the very first robots request that the page fetch would hit too: report them as-is. */
const FIRST_HOP_PROPAGATED: ReadonlySet<string> = new Set(["dns_not_found", "blocked_address", "tls_error"]);

export interface RobotsFetchContext {
  exchange: ExchangeContext;
  allowList: HostAllowList;
  userAgent: string;
  signal?: AbortSignal;
}

export async function fetchRobotsVerdict(
  origin: string,
  context: RobotsFetchContext,
): Promise<RobotsVerdict> {
  let url = new URL("/robots.txt", origin);
  for (let hop = 0; hop <= MAX_ROBOTS_REDIRECTS; hop++) {
    let outcome: RobotsVerdict | { kind: "redirect"; location: URL };
    try {
      assertFetchableUrl(url, context.allowList);
      outcome = await fetchOnce(url, context);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      if (ALWAYS_PROPAGATED.has(error.code) || (hop === 0 && FIRST_HOP_PROPAGATED.has(error.code)))
        throw error;
      if (error.retryable) {
        return {
          kind: "unreachable",
          reason: error.message,
          retryAfterMs: error.retryAfterMs ?? UNREACHABLE_RETRY_MS,
        };
      }
      // A broken redirect target or a garbled robots.txt: treat as unavailable, i.e. no rules.
      return { kind: "allow-all", reason: `robots.txt could not be read: ${error.message}` };
    }
    if (outcome.kind !== "redirect") return outcome;
    url = outcome.location;
  }
  return { kind: "allow-all", reason: "robots.txt redirected too many times" };
}

async function fetchOnce(
  url: URL,
  context: RobotsFetchContext,
): Promise<RobotsVerdict | { kind: "redirect"; location: URL }> {
  const headers = {
    "user-agent": context.userAgent,
    accept: "text/plain, */*;q=0.1",
    "accept-encoding": "gzip, deflate, br",
  };
  return httpExchange(context.exchange, { url, headers, signal: context.signal }, async (response) => {
    const status = response.statusCode;
    if (isRedirectStatus(status)) {
      const target = redirectTarget(response.headers, url);
      if (target) return { kind: "redirect", location: target };
      return { kind: "allow-all", reason: `robots.txt answered ${status} without a usable Location` };
    }
    if (isRetryableStatus(status)) {
      return {
        kind: "unreachable",
        reason: `robots.txt answered ${status}`,
        retryAfterMs: parseRetryAfter(response.headers["retry-after"]) ?? UNREACHABLE_RETRY_MS,
      };
    }
    if (status >= 300) return { kind: "allow-all", reason: `robots.txt answered ${status}` };
    const encoding = response.headers["content-encoding"];
    const { bytes } = await readLimitedBody(response.body, {
      contentEncoding: typeof encoding === "string" ? encoding : undefined,
      maxBytes: MAX_ROBOTS_BYTES,
      onLimit: "truncate",
      url: url.href,
    });
    // RFC 9309 robots.txt is UTF-8.
    return { kind: "rules", body: bytes.toString("utf8") };
  });
}
