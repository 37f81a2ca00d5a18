// @tidemark/ingest/fetch — the safe HTTP fetcher (SSRF-guarded, robots-aware, polite per host).
export { type RetryDelayOptions, retryDelayMs } from "./backoff.ts";
export type { CharsetSource } from "./charset.ts";
export { type FetcherConfig, resolveFetcherConfig } from "./config.ts";
export { GZIP_CONTENT_TYPES, HTML_CONTENT_TYPES } from "./content-type.ts";
export {
  FETCH_ERROR_CODES,
  FetchError,
  type FetchErrorCode,
  type HttpErrorCode,
  isFetchError,
  PERMANENT_FETCH_ERROR_CODES,
  RETRYABLE_FETCH_ERROR_CODES,
} from "./errors.ts";
export { type CreateFetcherOptions, createFetcher, type Fetcher } from "./fetcher.ts";
export { createGuardedAgent, type GuardedAgentOptions } from "./guarded-agent.ts";
export { type AddressVerdict, checkAddress } from "./ssrf/address-policy.ts";
export { effectivePort, HostAllowList } from "./ssrf/allow-list.ts";
export { assertFetchableUrl } from "./ssrf/url-policy.ts";
export type { FetchedPage, FetchPageOptions } from "./types.ts";
